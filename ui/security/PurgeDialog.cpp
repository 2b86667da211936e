#include "security/PurgeDialog.h"

#include "security/SecurityText.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <set>

namespace lintas::ui {
namespace {

constexpr std::size_t kNamedAtMost = 8;

}  // namespace

PurgeDialog::PurgeDialog(const std::vector<security::RetentionItem>& items, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("purgeDialog"));
    setWindowTitle(tr("Delete records for good"));
    const int count = static_cast<int>(items.size());

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);
    auto* intro = new QLabel(tr("%n record(s) will be deleted from this database for good: the rows, their "
                                "attachment files and their search entries. This cannot be undone, and no backup "
                                "is kept by Lintas.",
                                "", count),
                             this);
    intro->setObjectName(QStringLiteral("purgeIntro"));
    intro->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(intro, 1);

    QStringList names;
    std::set<std::string> kinds;
    for (std::size_t i = 0; i < items.size(); ++i) {
        kinds.insert(items[i].kind);
        if (i < kNamedAtMost)
            //: One record in the list of records to delete: %1 its label (case reference), %2 its kind.
            names << tr("• %1 (%2)")
                         .arg(QString::fromStdString(items[i].label), SecurityText::retentionKindLabel(items[i].kind));
    }
    if (items.size() > kNamedAtMost)
        names << tr("… and %n more", "", static_cast<int>(items.size() - kNamedAtMost));
    auto* list = new QLabel(names.join(QLatin1Char('\n')), this);
    list->setObjectName(QStringLiteral("purgeList"));
    list->setTextFormat(Qt::PlainText);
    list->setIndent(12);

    QStringList whatGoes;
    for (const std::string& kind : kinds) {
        const QString text = SecurityText::retentionKindDescription(kind);
        if (!text.isEmpty())
            whatGoes << text;
    }
    auto* scope = new QLabel(whatGoes.join(QLatin1Char(' ')), this);
    scope->setWordWrap(true);
    scope->setForegroundRole(QPalette::PlaceholderText);
    scope->setVisible(!whatGoes.isEmpty());

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("purgePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setVisible(false);

    m_understood = new QCheckBox(tr("I understand that these records cannot be restored."), this);
    m_understood->setObjectName(QStringLiteral("purgeUnderstood"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("purgeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_delete = buttons->addButton(tr("Delete %n record(s)", "", count), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("purgeConfirm"));
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    connect(m_understood, &QCheckBox::toggled, this, [this](bool on) { m_delete->setEnabled(on && m_previewOk); });
    connect(m_delete, &QPushButton::clicked, this, &PurgeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PurgeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(list);
    layout->addWidget(scope);
    layout->addWidget(m_preview);
    layout->addWidget(m_understood);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void PurgeDialog::setPreview(const QString& summary, bool ok) {
    m_previewOk = ok;
    m_preview->setText(summary);
    m_preview->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
    m_preview->setVisible(!summary.isEmpty());
    m_delete->setEnabled(ok && m_understood->isChecked());
}

void PurgeDialog::accept() {
    if (!m_understood->isChecked() || !m_previewOk)
        return;
    if (m_check) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QString problem = m_check();
        QApplication::restoreOverrideCursor();
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

}  // namespace lintas::ui
