#include "exchange/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lintas::ui {
namespace {

enum class Strength { Empty, VeryWeak, Weak, Fair, Strong };

/// A rough guess of how hard the passphrase is to guess, from its length and the kinds of
/// characters in it. Only a hint for the user: what core accepts is core's decision.
Strength estimateStrength(const QString& text) {
    if (text.isEmpty())
        return Strength::Empty;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : text) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double bits = text.size() * std::log2(std::max(alphabet, 2));
    if (bits < 36)
        return Strength::VeryWeak;
    if (bits < 56)
        return Strength::Weak;
    if (bits < 80)
        return Strength::Fair;
    return Strength::Strong;
}

QString strengthText(Strength strength) {
    switch (strength) {
    case Strength::Empty: return {};
    case Strength::VeryWeak: return PassphraseDialog::tr("Strength: very weak — easy to guess");
    case Strength::Weak: return PassphraseDialog::tr("Strength: weak — add words or characters");
    case Strength::Fair: return PassphraseDialog::tr("Strength: fair");
    case Strength::Strong: return PassphraseDialog::tr("Strength: strong");
    }
    return {};
}

QLineEdit* makePasswordField(QWidget* parent, const QString& objectName) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    // Nothing typed here should reach an input method's history or the clipboard.
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 36);
    return field;
}

}  // namespace

PassphraseDialog::PassphraseDialog(Mode mode, QWidget* parent) : QDialog(parent), m_mode(mode) {
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::NewPassphrase ? tr("Choose a passphrase") : tr("Enter the passphrase"));

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("passphrasePrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setVisible(false);

    m_passphrase = makePasswordField(this, QStringLiteral("passphraseField"));
    m_fieldLabel = new QLabel(mode == Mode::NewPassphrase ? tr("&New passphrase:") : tr("&Passphrase:"), this);
    m_fieldLabel->setBuddy(m_passphrase);
    auto* form = new QFormLayout;
    form->addRow(m_fieldLabel, m_passphrase);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);

    if (mode == Mode::NewPassphrase) {
        m_repeat = makePasswordField(this, QStringLiteral("passphraseRepeatField"));
        auto* repeatLabel = new QLabel(tr("&Repeat it:"), this);
        repeatLabel->setBuddy(m_repeat);
        form->addRow(repeatLabel, m_repeat);

        m_strength = new QLabel(this);
        m_strength->setObjectName(QStringLiteral("passphraseStrength"));
        m_mismatch = new QLabel(tr("The two passphrases are not the same."), this);
        m_mismatch->setObjectName(QStringLiteral("passphraseMismatch"));
        m_mismatch->setVisible(false);
        form->addRow(QString(), m_strength);
        form->addRow(QString(), m_mismatch);

        auto* advice = new QLabel(tr("Use at least 8 characters. A few unrelated words are easy to remember and hard "
                                     "to guess."),
                                  this);
        advice->setWordWrap(true);
        advice->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(advice);

        // The one thing a user must not learn too late.
        auto* warningIcon = new QLabel(this);
        warningIcon->setPixmap(QIcon(QStringLiteral(":/lintas/icons/warning.svg")).pixmap(24, 24));
        warningIcon->setAlignment(Qt::AlignTop);
        auto* warning = new QLabel(tr("Nobody can recover a lost passphrase, not even an administrator. Without it, "
                                      "this key cannot sign bundles any more and a new identity must be made and "
                                      "given to every partner again. Keep it somewhere safe."),
                                   this);
        warning->setObjectName(QStringLiteral("passphraseWarning"));
        warning->setWordWrap(true);
        auto* warningRow = new QHBoxLayout;
        warningRow->addWidget(warningIcon);
        warningRow->addWidget(warning, 1);
        layout->addLayout(warningRow);

        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);

    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    updateState();
}

PassphraseDialog::~PassphraseDialog() = default;

void PassphraseDialog::setPrompt(const QString& text) {
    m_prompt->setText(text);
    m_prompt->setVisible(!text.isEmpty());
}

void PassphraseDialog::setFieldLabel(const QString& text) { m_fieldLabel->setText(text); }

void PassphraseDialog::setAcceptText(const QString& text) { m_buttons->button(QDialogButtonBox::Ok)->setText(text); }

void PassphraseDialog::setError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString PassphraseDialog::passphrase() const { return m_passphrase->text(); }

void PassphraseDialog::updateState() {
    bool ready = !m_passphrase->text().isEmpty();
    if (m_mode == Mode::NewPassphrase) {
        m_strength->setText(strengthText(estimateStrength(m_passphrase->text())));
        const bool typedBoth = !m_repeat->text().isEmpty();
        const bool same = m_repeat->text() == m_passphrase->text();
        // Only complain once the second field is as long as the first: not while it is typed.
        m_mismatch->setVisible(typedBoth && !same && m_repeat->text().size() >= m_passphrase->text().size());
        ready = ready && same;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    setError({});
}

void PassphraseDialog::accept() {
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_check) {
        const QString problem = m_check(passphrase());
        if (!problem.isEmpty()) {
            setError(problem);
            m_passphrase->setFocus();
            m_passphrase->selectAll();
            return;
        }
    }
    QDialog::accept();
}

void PassphraseDialog::done(int result) {
    // QString cannot be wiped reliably; clearing the fields at least drops the widgets' copies
    // as soon as the dialog is finished, not when it is eventually destroyed.
    m_passphrase->clear();
    if (m_repeat)
        m_repeat->clear();
    QDialog::done(result);
}

}  // namespace lintas::ui
