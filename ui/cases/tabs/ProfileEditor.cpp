#include "cases/tabs/ProfileEditor.h"

#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/TabText.h"
#include "common/Guard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lintas::ui {

ProfileEditor::ProfileEditor(Workspace& ws, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_ws(ws) {
    setObjectName(objectName);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("profileHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("profileUpdated"));
    m_updated->setTextFormat(Qt::PlainText);

    auto* body = new QWidget;
    m_form = new QFormLayout(body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);

    auto* general = FieldErrors::makeErrorLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors = std::make_unique<FieldErrors>(general);

    m_save = new QPushButton(tr("&Save profile"), this);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertProfile"));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &ProfileEditor::revert);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_updated, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(general);
    layout->addLayout(buttons);
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::addRow(const QString& label, const std::string& field, QWidget* input) {
    m_form->addRow(label, m_errors->wrap(field, input));
}

void ProfileEditor::addSection(const QString& title) {
    auto* label = new QLabel(title);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, label->fontMetrics().height() / 2, 0, 0);
    m_form->addRow(label);
}

void ProfileEditor::setTarget(const QString& caseUuid, const QString& personUuid, const QString& personName) {
    m_caseUuid = caseUuid;
    m_personUuid = personUuid;
    m_heading->setText(heading(personName));
    revert();
}

void ProfileEditor::revert() {
    runGuarded(this, [&] {
        m_errors->clear();
        m_loading = true;
        const bool ok = load();
        m_loading = false;
        setDirty(false);
        setEnabled(true);
        if (!ok)
            m_save->setEnabled(false);
    });
}

bool ProfileEditor::save() {
    bool ok = false;
    runGuarded(this, [&] {
        m_errors->clear();
        const Status stored = store();
        if (!stored) {
            m_errors->show(stored.error());
            return;
        }
        ok = true;
        m_loading = true;
        load();
        m_loading = false;
        setDirty(false);
        emit saved();
    });
    return ok;
}

void ProfileEditor::markDirty() {
    if (!m_loading)
        setDirty(true);
}

void ProfileEditor::setDirty(bool dirty) {
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void ProfileEditor::setUpdatedAt(const std::string& isoUtc) {
    //: %1 is the time the profile was last saved.
    m_updated->setText(isoUtc.empty() ? tr("Not recorded yet.") : tr("Last saved %1").arg(TabText::timestamp(isoUtc)));
}

}  // namespace lintas::ui
