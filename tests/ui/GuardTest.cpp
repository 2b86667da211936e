#include "common/Guard.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QMessageBox>
#include <QTest>

#include <gtest/gtest.h>

#include <stdexcept>

namespace lintas::test {
namespace {

class Throwing : public QObject {
protected:
    bool event(QEvent* e) override {
        if (e->type() == QEvent::User)
            throw std::runtime_error("synthetic failure");
        return QObject::event(e);
    }
};

void closeErrorBoxes() {
    QCoreApplication::processEvents();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* box = qobject_cast<QMessageBox*>(w))
            box->close();
    QCoreApplication::processEvents();
}

TEST(GuardTest, RunGuardedSwallowsAndReports) {
    bool ran = false;
    EXPECT_TRUE(ui::runGuarded(nullptr, [&] { ran = true; }));
    EXPECT_TRUE(ran);
    EXPECT_FALSE(ui::runGuarded(nullptr, [] { throw std::runtime_error("synthetic failure"); }));
    EXPECT_FALSE(ui::runGuarded(nullptr, [] { throw 42; }));
    closeErrorBoxes();
}

TEST(GuardTest, ApplicationStopsExceptionsAtTheEventLoop) {
    Throwing target;
    QEvent event(QEvent::User);
    EXPECT_NO_THROW(QCoreApplication::sendEvent(&target, &event));
    closeErrorBoxes();
}

}  // namespace
}  // namespace lintas::test
