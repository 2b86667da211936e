#include "cases/CaseWorkspace.h"

#include "cases/CaseDocument.h"
#include "cases/CaseEditor.h"
#include "cases/CaseText.h"
#include "cases/TlpChip.h"
#include "cases/tabs/AttachmentsTab.h"
#include "cases/tabs/CaseReferralsTab.h"
#include "cases/tabs/JourneyTab.h"
#include "cases/tabs/LinksTab.h"
#include "cases/tabs/PeopleTab.h"
#include "cases/tabs/TimelineTab.h"
#include "common/ErrorText.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <type_traits>

namespace lintas::ui {

CaseWorkspace::CaseWorkspace(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace) {
    m_placeholder = new QLabel(
        tr("No case is open.\nChoose a case in the list, or create a new one with “New case”."), this);
    m_placeholder->setObjectName(QStringLiteral("noCasePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    // The banner: which case, and how it must be handled, always in view above the tabs.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("caseBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->setAutoFillBackground(true);
    m_bannerReference = new QLabel(m_banner);
    m_bannerReference->setObjectName(QStringLiteral("bannerReference"));
    m_bannerReference->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont referenceFont = m_bannerReference->font();
    referenceFont.setBold(true);
    m_bannerReference->setFont(referenceFont);
    m_bannerStatus = new QLabel(m_banner);
    m_bannerStatus->setObjectName(QStringLiteral("bannerStatus"));
    m_bannerModified = new QLabel(m_banner);
    m_bannerModified->setObjectName(QStringLiteral("bannerModified"));
    m_bannerTitle = new QLabel(m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("bannerTitle"));
    m_bannerTitle->setTextFormat(Qt::PlainText);
    m_bannerTitle->setWordWrap(true);
    QFont titleFont = m_bannerTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_bannerTitle->setFont(titleFont);
    m_bannerTlp = new TlpChip(m_banner);
    m_bannerTlp->setObjectName(QStringLiteral("bannerTlp"));
    m_bannerHandling = new QLabel(m_banner);
    m_bannerHandling->setObjectName(QStringLiteral("bannerHandling"));
    m_bannerHandling->setTextFormat(Qt::PlainText);
    m_bannerHandling->setWordWrap(true);

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_bannerReference);
    topRow->addWidget(m_bannerStatus);
    topRow->addWidget(m_bannerModified);
    topRow->addStretch(1);
    topRow->addWidget(m_bannerTlp);
    auto* bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->setSpacing(2);
    bannerLayout->addLayout(topRow);
    bannerLayout->addWidget(m_bannerTitle);
    bannerLayout->addWidget(m_bannerHandling);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->setDocumentMode(true);
    m_editor = new CaseEditor(workspace, m_tabs);
    m_editor->setObjectName(QStringLiteral("caseEditor"));
    m_tabs->addTab(m_editor, tr("Summary"));
    m_tabWidgets[Summary] = m_editor;
    connect(m_editor, &CaseEditor::statusMessage, this, &CaseWorkspace::statusMessage);

    auto wire = [this](auto* tab, TabIndex index, const QString& title) {
        using T = std::remove_pointer_t<decltype(tab)>;
        m_tabs->addTab(tab, title);
        m_tabWidgets[index] = tab;
        m_setCase[index] = [tab](const QString& uuid) { tab->setCase(uuid); };
        connect(tab, &T::personRequested, this, &CaseWorkspace::personRequested);
        connect(tab, &T::caseRequested, this, &CaseWorkspace::caseRequested);
        connect(tab, &T::organisationRequested, this, &CaseWorkspace::organisationRequested);
        connect(tab, &T::changed, this, &CaseWorkspace::onTabDataChanged);
    };
    wire(new ::lintas::ui::PeopleTab(workspace, m_tabs), People, tr("People"));
    wire(new ::lintas::ui::JourneyTab(workspace, m_tabs), Journey, tr("Journey"));
    wire(new ::lintas::ui::LinksTab(workspace, m_tabs), Links, tr("Links"));
    wire(new ::lintas::ui::CaseReferralsTab(workspace, m_tabs), Referrals, tr("Referrals"));
    wire(new ::lintas::ui::TimelineTab(workspace, m_tabs), Timeline, tr("Timeline"));
    wire(new ::lintas::ui::AttachmentsTab(workspace, m_tabs), Attachments, tr("Attachments"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &CaseWorkspace::onTabChanged);

    auto* caseView = new QWidget(this);
    auto* caseLayout = new QVBoxLayout(caseView);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->setSpacing(4);
    caseLayout->addWidget(m_banner);
    caseLayout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(caseView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_document)
            m_editor->save();
    });

    adopt(nullptr);
}

CaseWorkspace::~CaseWorkspace() {
    // The editor must not outlive its document's signals; the document goes first.
    m_editor->setDocument(nullptr);
}

QUndoStack* CaseWorkspace::undoStack() const { return m_document ? m_document->undoStack() : nullptr; }

QString CaseWorkspace::caseUuid() const {
    return m_document && !m_document->isNew() ? m_document->uuid() : QString();
}

bool CaseWorkspace::openCase(const QString& uuid) {
    bool opened = false;
    runGuarded(this, [&] {
        if (m_document && !m_document->isNew() && m_document->uuid() == uuid) {
            opened = true;
            return;
        }
        if (!confirmLeave())
            return;
        auto loaded = CaseDocument::load(m_workspace, uuid, this);
        if (!loaded) {
            emit statusMessage(tr("The case could not be opened. %1").arg(ErrorText::describe(loaded.error())));
            return;
        }
        adopt(std::move(loaded).value().release());
        opened = true;
    });
    return opened;
}

bool CaseWorkspace::newCase() {
    bool created = false;
    runGuarded(this, [&] {
        if (!confirmLeave())
            return;
        auto* document = new CaseDocument(m_workspace, this);
        adopt(document);
        m_tabs->setCurrentIndex(Summary);
        if (QWidget* title = m_editor->fieldWidget(CaseDocument::Field::Title))
            title->setFocus();
        created = true;
    });
    return created;
}

bool CaseWorkspace::confirmLeave() {
    if (!m_document || !m_document->isModified())
        return true;
    const LeaveChoice choice = m_leavePrompt ? m_leavePrompt(caseLabel()) : askLeave(caseLabel());
    switch (choice) {
    case LeaveChoice::Save: return m_editor->save();
    case LeaveChoice::Discard: discardEdits(); return true;
    case LeaveChoice::Cancel: break;
    }
    return false;
}

void CaseWorkspace::discardEdits() {
    if (!m_document)
        return;
    if (m_document->isNew() || !m_document->reloadTheirs())
        adopt(nullptr);
}

void CaseWorkspace::reload() {
    runGuarded(this, [this] {
        if (m_document && !m_document->isNew() && !m_document->isModified()) {
            if (const Status s = m_document->refresh(); !s) {
                // Gone from the store (or unreadable): say so rather than show a stale case.
                emit statusMessage(tr("The case could not be read again. %1").arg(ErrorText::describe(s.error())));
                adopt(nullptr);
                return;
            }
        }
        m_editor->reloadOrganisations();
        m_tabCase.fill(QString());
        showCurrentTab();
        updateBanner();
    });
}

void CaseWorkspace::adopt(CaseDocument* document) {
    CaseDocument* previous = m_document;
    m_document = document;
    m_editor->setDocument(document);
    if (document) {
        connect(document, &CaseDocument::fieldChanged, this, &CaseWorkspace::updateBanner);
        connect(document, &CaseDocument::caseReset, this, &CaseWorkspace::updateBanner);
        connect(document, &CaseDocument::modifiedChanged, this, &CaseWorkspace::updateBanner);
        connect(document, &CaseDocument::saved, this, [this](const QString& uuid, bool created) {
            updateTabs();
            if (created)
                emit currentCaseChanged(uuid);
            emit caseSaved(uuid, created);
        });
    }
    if (previous && previous != document) {
        previous->disconnect(this);
        previous->deleteLater();
    }
    m_tabCase.fill(QString());
    m_stack->setCurrentIndex(document ? 1 : 0);
    updateTabs();
    updateBanner();
    showCurrentTab();
    emit undoStackChanged(undoStack());
    emit currentCaseChanged(caseUuid());
}

void CaseWorkspace::updateTabs() {
    // The other tabs store rows that point at the case: it must exist first.
    const bool stored = m_document && !m_document->isNew();
    for (int i = Summary + 1; i < TabCount; ++i) {
        m_tabs->setTabEnabled(i, stored);
        m_tabs->setTabToolTip(i, stored ? QString() : tr("Save the case first"));
    }
    if (!stored)
        m_tabs->setCurrentIndex(Summary);
}

void CaseWorkspace::onTabChanged() {
    runGuarded(this, [this] { showCurrentTab(); });
}

void CaseWorkspace::showCurrentTab() {
    const int index = m_tabs->currentIndex();
    if (index <= Summary || index >= TabCount || !m_setCase[static_cast<std::size_t>(index)])
        return;
    const QString uuid = caseUuid();
    auto& shown = m_tabCase[static_cast<std::size_t>(index)];
    // Tabs load their rows when first shown for a case, not when the case opens.
    if (uuid.isEmpty() || shown == uuid)
        return;
    shown = uuid;
    m_setCase[static_cast<std::size_t>(index)](uuid);
}

void CaseWorkspace::onTabDataChanged() {
    runGuarded(this, [this] {
        const QString uuid = caseUuid();
        if (uuid.isEmpty())
            return;
        // What the tab changed may show elsewhere (a new victim in Journey and Referrals).
        const int current = m_tabs->currentIndex();
        for (int i = 0; i < TabCount; ++i)
            if (i != current)
                m_tabCase[static_cast<std::size_t>(i)].clear();
        if (m_document)
            (void)m_document->refresh();
        updateBanner();
        emit caseDataChanged(uuid);
    });
}

QString CaseWorkspace::caseLabel() const {
    if (!m_document)
        return {};
    const Case& c = m_document->current();
    const QString title = QString::fromStdString(c.title);
    if (c.reference.empty())
        return title.isEmpty() ? tr("New case") : tr("New case “%1”").arg(title);
    //: %1 is a case reference, %2 its title.
    return tr("%1 “%2”").arg(QString::fromStdString(c.reference), title);
}

LeaveChoice CaseWorkspace::askLeave(const QString& label) {
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The case %1 has changes that are not saved.").arg(label), QMessageBox::NoButton, this);
    box.setInformativeText(tr("Save them before you go on?"));
    QPushButton* save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == save)
        return LeaveChoice::Save;
    if (box.clickedButton() == discard)
        return LeaveChoice::Discard;
    return LeaveChoice::Cancel;
}

void CaseWorkspace::updateBanner() {
    if (!m_document)
        return;
    const Case& c = m_document->current();
    m_bannerReference->setText(c.reference.empty() ? tr("New case") : QString::fromStdString(c.reference));
    m_bannerTitle->setText(c.title.empty() ? tr("(no title yet)") : QString::fromStdString(c.title));
    //: The case status in the banner; %1 is e.g. "Under investigation".
    m_bannerStatus->setText(tr("· %1").arg(CaseText::caseStatus(c.status)));
    m_bannerModified->setText(m_document->isModified() ? tr("· unsaved changes") : QString());
    m_bannerTlp->setTlp(QString::fromStdString(c.tlp));
    //: %1 is a handling code with its meaning, e.g. "H2 – law enforcement only, …".
    m_bannerHandling->setText(tr("Handling: %1").arg(CaseText::handlingCode(c.handlingCode)));
}

}  // namespace lintas::ui
