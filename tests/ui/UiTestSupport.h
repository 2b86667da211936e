#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QString>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

/// Lets GoogleTest print QStrings as text (found by argument-dependent lookup: QString is global).
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

namespace lintas::test {

/// The text of the QLabel named `objectName` under `root`; fails the test when there is none.
inline QString labelText(const QWidget& root, const char* objectName) {
    const auto* label = root.findChild<QLabel*>(QString::fromLatin1(objectName));
    EXPECT_NE(label, nullptr) << "no QLabel named " << objectName;
    return label ? label->text() : QString();
}

/// Sets the text of the QLineEdit named `objectName` under `root` as typed; fails the test when
/// there is none.
inline void setFieldText(const QWidget& root, const char* objectName, const QString& text) {
    auto* field = root.findChild<QLineEdit*>(QString::fromLatin1(objectName));
    ASSERT_NE(field, nullptr) << "no QLineEdit named " << objectName;
    field->setText(text);
}

/// Fills in an AccountForm (first start, encryption, demo) under `root`.
inline void fillAccount(const QWidget& root, const QString& username, const QString& displayName,
                        const QString& password, const QString& repeat = {}) {
    setFieldText(root, "accountUsername", username);
    setFieldText(root, "accountDisplayName", displayName);
    setFieldText(root, "accountPassword", password);
    setFieldText(root, "accountPasswordRepeat", repeat.isNull() ? password : repeat);
}

/// Runs the event loop until `done()` holds (work on a worker thread reports back through it),
/// at most `timeoutMs`. Returns whether it came true.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 20000) {
    return QTest::qWaitFor(done, timeoutMs);
}

inline QByteArray fileBytes(const std::string& path) {
    QFile file(QString::fromStdString(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path;
    return file.readAll();
}

/// Runs QAbstractItemModelTester over `model` and returns the problems it reported (none when
/// the model keeps Qt's contracts). Warning mode: gtest, not QtTest, is running the tests.
inline std::vector<std::string> modelTesterProblems(QAbstractItemModel* model) {
    static std::vector<std::string>* sink = nullptr;
    std::vector<std::string> problems;
    sink = &problems;
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&,
                                                                const QString& message) {
        if (type != QtDebugMsg && type != QtInfoMsg)
            sink->push_back(message.toStdString());
    });
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    qInstallMessageHandler(previous);
    sink = nullptr;
    return problems;
}

}  // namespace lintas::test

#include "common/Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace lintas::test {

/// Installs Lintas' embedded translation for `language` for the scope's lifetime, and makes its
/// locale the default.
class ScopedTranslation {
public:
    explicit ScopedTranslation(const QString& language)
        : m_translator(ui::Translations::load(QLocale(language))) {
        if (m_translator)
            QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(language));
    }
    ~ScopedTranslation() {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        QLocale::setDefault(QLocale::system());
    }
    ScopedTranslation(const ScopedTranslation&) = delete;
    ScopedTranslation& operator=(const ScopedTranslation&) = delete;

    [[nodiscard]] bool loaded() const { return m_translator != nullptr; }

private:
    std::unique_ptr<QTranslator> m_translator;
};

}  // namespace lintas::test
