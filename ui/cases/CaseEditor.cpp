#include "cases/CaseEditor.h"

#include "cases/CaseIcons.h"
#include "cases/CaseText.h"
#include "cases/CountryListEdit.h"
#include "cases/DateField.h"
#include "cases/TlpChip.h"
#include "common/ErrorText.h"
#include "common/Guard.h"
#include "exchange/ProvenanceBanner.h"

#include "lintas/domain/Vocabulary.h"
#include "lintas/service/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

using Field = CaseDocument::Field;

constexpr int kCodeRole = Qt::UserRole;

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

/// A warning icon and a line of text under a field: the problem is told in words and with a
/// symbol, never by colour alone.
QWidget* makeMessageRow(QWidget* parent, QLabel** text, const QString& objectName) {
    auto* row = new QWidget(parent);
    auto* icon = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(row->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    *text = new QLabel(row);
    (*text)->setObjectName(objectName);
    (*text)->setWordWrap(true);
    (*text)->setTextFormat(Qt::PlainText);
    (*text)->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(icon);
    layout->addWidget(*text, 1);
    row->setVisible(false);
    return row;
}

bool isUndoKey(const QKeyEvent* event) {
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo);
}

}  // namespace

CaseEditor::CaseEditor(Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace) {
    buildForm();
    setDocument(nullptr);
}

CaseEditor::~CaseEditor() = default;

void CaseEditor::buildForm() {
    // Actions: save, undo, redo, and what state the case is in.
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_save->setToolTip(tr("Save the case (Ctrl+S)"));
    m_undo = new QToolButton(this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setIcon(caseIcon(this, "undo", QStyle::SP_ArrowBack));
    m_undo->setText(tr("Undo"));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_redo = new QToolButton(this);
    m_redo->setObjectName(QStringLiteral("redoButton"));
    m_redo->setIcon(caseIcon(this, "redo", QStyle::SP_ArrowForward));
    m_redo->setText(tr("Redo"));
    m_redo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("editorState"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_undo, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addSpacing(12);
    actions->addWidget(m_undo);
    actions->addWidget(m_redo);
    actions->addSpacing(12);
    actions->addWidget(m_state, 1);

    m_formMessageRow = makeMessageRow(this, &m_formMessage, QStringLiteral("formMessage"));
    m_provenance = new ProvenanceBanner(m_workspace, this);

    // The form, in a scroll area: two columns of groups on a wide screen.
    auto* form = new QWidget;
    form->setObjectName(QStringLiteral("caseForm"));

    auto* caseBox = new QGroupBox(tr("Case"), form);
    auto* caseForm = new QFormLayout(caseBox);
    caseForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_reference = lineEdit(Field::Reference, "caseReference", 64);
    caseForm->addRow(tr("&Reference:"), addField(Field::Reference, m_reference, "caseReferenceError"));
    auto* title = lineEdit(Field::Title, "caseTitle", 300);
    title->setPlaceholderText(tr("A short description, for example “Online job scam, Sihanoukville”"));
    caseForm->addRow(tr("&Title:"), addField(Field::Title, title, "caseTitleError"));
    auto* status = codeCombo(Field::Status, "caseStatus", vocab::List::CaseStatus, false);
    caseForm->addRow(tr("S&tatus:"), addField(Field::Status, status, "caseStatusError"));
    caseForm->addRow(tr("&Opened on:"),
                     addField(Field::OpenedOn, dateField(Field::OpenedOn, "caseOpenedOn"), "caseOpenedOnError"));
    caseForm->addRow(tr("&Closed on:"),
                     addField(Field::ClosedOn, dateField(Field::ClosedOn, "caseClosedOn"), "caseClosedOnError"));
    caseForm->addRow(tr("Reason for c&losure:"),
                     addField(Field::ClosureReason, textEdit(Field::ClosureReason, "caseClosureReason", 2),
                              "caseClosureReasonError"));
    auto* owner = lineEdit(Field::Owner, "caseOwner", 200);
    owner->setPlaceholderText(tr("User name of the investigator in charge"));
    caseForm->addRow(tr("Case o&wner:"), addField(Field::Owner, owner, "caseOwnerError"));

    auto* markingBox = new QGroupBox(tr("Markings"), form);
    auto* markingForm = new QFormLayout(markingBox);
    markingForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* tlp = codeCombo(Field::Tlp, "caseTlp", vocab::List::Tlp, false);
    tlp->setToolTip(tr("Traffic Light Protocol: who may see this case"));
    markingForm->addRow(tr("TL&P:"), addField(Field::Tlp, tlp, "caseTlpError"));
    auto* handling = codeCombo(Field::HandlingCode, "caseHandlingCode", vocab::List::HandlingCode, false);
    handling->setToolTip(tr("Handling code: what recipients may do with this case"));
    handling->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    markingForm->addRow(tr("&Handling code:"), addField(Field::HandlingCode, handling, "caseHandlingCodeError"));

    auto* summaryBox = new QGroupBox(tr("Summary"), form);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    auto* summary = textEdit(Field::Summary, "caseSummary", 8);
    summary->setPlaceholderText(tr("What happened, who is involved, what is being done"));
    summaryLayout->addWidget(addField(Field::Summary, summary, "caseSummaryError"));

    auto* scopeBox = new QGroupBox(tr("Scope"), form);
    auto* scopeForm = new QFormLayout(scopeBox);
    scopeForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_forms = new QListWidget(scopeBox);
    m_forms->setObjectName(QStringLiteral("caseExploitationForms"));
    m_forms->setAccessibleName(tr("Forms of exploitation"));
    for (const vocab::Term& term : vocab::terms(vocab::List::ExploitationType)) {
        auto* item = new QListWidgetItem(CaseText::exploitationType(term.code), m_forms);
        item->setData(kCodeRole, qs(term.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Every form in view at once, so that what is ticked is never scrolled out of sight.
    m_forms->setFixedHeight(m_forms->sizeHintForRow(0) * m_forms->count() + 2 * m_forms->frameWidth() + 4);
    m_forms->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_forms, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        QStringList codes;
        for (int i = 0; i < m_forms->count(); ++i)
            if (m_forms->item(i)->checkState() == Qt::Checked)
                codes.push_back(m_forms->item(i)->data(kCodeRole).toString());
        edit(Field::ExploitationForms, codes, false);
    });
    scopeForm->addRow(tr("Forms of &exploitation:"),
                      addField(Field::ExploitationForms, m_forms, "caseExploitationFormsError"));
    m_countries = new CountryListEdit(scopeBox);
    m_countries->setObjectName(QStringLiteral("caseCountries"));
    connect(m_countries, &CountryListEdit::codesEdited, this,
            [this](const QStringList& codes) { edit(Field::Countries, codes, false); });
    scopeForm->addRow(tr("Co&untries involved:"), addField(Field::Countries, m_countries, "caseCountriesError"));

    auto* incomingBox = new QGroupBox(tr("Incoming referral"), form);
    auto* incomingForm = new QFormLayout(incomingBox);
    incomingForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_referringOrganisation = organisationCombo(Field::ReferringOrganisation, "caseReferringOrganisation");
    incomingForm->addRow(tr("Referred by:"), addField(Field::ReferringOrganisation, m_referringOrganisation,
                                                      "caseReferringOrganisationError"));
    incomingForm->addRow(tr("Date:"), addField(Field::IncomingReferralDate,
                                               dateField(Field::IncomingReferralDate, "caseIncomingReferralDate"),
                                               "caseIncomingReferralDateError"));
    incomingForm->addRow(
        tr("Reason:"),
        addField(Field::IncomingReferralReason,
                 codeCombo(Field::IncomingReferralReason, "caseIncomingReferralReason", vocab::List::ReferralReason, true),
                 "caseIncomingReferralReasonError"));
    incomingForm->addRow(tr("Case worker:"),
                         addField(Field::ReferringCaseWorker,
                                  lineEdit(Field::ReferringCaseWorker, "caseReferringCaseWorker", 200),
                                  "caseReferringCaseWorkerError"));
    incomingForm->addRow(tr("Details:"),
                         addField(Field::IncomingReferralDetails,
                                  textEdit(Field::IncomingReferralDetails, "caseIncomingReferralDetails", 2),
                                  "caseIncomingReferralDetailsError"));

    auto* outgoingBox = new QGroupBox(tr("Outgoing referral"), form);
    auto* outgoingForm = new QFormLayout(outgoingBox);
    outgoingForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_referredOrganisation = organisationCombo(Field::ReferredOrganisation, "caseReferredOrganisation");
    outgoingForm->addRow(tr("Referred to:"), addField(Field::ReferredOrganisation, m_referredOrganisation,
                                                      "caseReferredOrganisationError"));
    outgoingForm->addRow(tr("Date:"), addField(Field::OutgoingReferralDate,
                                               dateField(Field::OutgoingReferralDate, "caseOutgoingReferralDate"),
                                               "caseOutgoingReferralDateError"));
    outgoingForm->addRow(
        tr("Reason:"),
        addField(Field::OutgoingReferralReason,
                 codeCombo(Field::OutgoingReferralReason, "caseOutgoingReferralReason", vocab::List::ReferralReason, true),
                 "caseOutgoingReferralReasonError"));
    outgoingForm->addRow(tr("Case worker:"),
                         addField(Field::ReferredCaseWorker,
                                  lineEdit(Field::ReferredCaseWorker, "caseReferredCaseWorker", 200),
                                  "caseReferredCaseWorkerError"));
    outgoingForm->addRow(tr("Details:"),
                         addField(Field::OutgoingReferralDetails,
                                  textEdit(Field::OutgoingReferralDetails, "caseOutgoingReferralDetails", 2),
                                  "caseOutgoingReferralDetailsError"));

    m_grid = new QGridLayout(form);
    m_groups = {caseBox, markingBox, summaryBox, scopeBox, incomingBox, outgoingBox};
    arrangeGroups(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(actions);
    layout->addWidget(m_provenance);
    layout->addWidget(m_formMessageRow);
    layout->addWidget(scroll, 1);

    // Tab order follows the columns: the case, markings and summary, then scope and referrals.
    QWidget* previous = nullptr;
    for (Field f : {Field::Reference, Field::Title, Field::Status, Field::OpenedOn, Field::ClosedOn,
                    Field::ClosureReason, Field::Owner, Field::Tlp, Field::HandlingCode, Field::Summary,
                    Field::ExploitationForms, Field::Countries, Field::ReferringOrganisation,
                    Field::IncomingReferralDate, Field::IncomingReferralReason, Field::ReferringCaseWorker,
                    Field::IncomingReferralDetails, Field::ReferredOrganisation, Field::OutgoingReferralDate,
                    Field::OutgoingReferralReason, Field::ReferredCaseWorker, Field::OutgoingReferralDetails}) {
        QWidget* w = m_fields[f].widget;
        if (f == Field::Countries) {
            if (previous)
                setTabOrder(previous, m_countries->list());
            setTabOrder(m_countries->list(), m_countries->picker());
            previous = m_countries->picker();
            continue;
        }
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
}

QWidget* CaseEditor::addField(Field field, QWidget* widget, const char* objectName) {
    FieldUi& ui = m_fields[field];
    ui.widget = widget;
    auto* cell = new QWidget;
    ui.messageRow = makeMessageRow(cell, &ui.message, QString::fromLatin1(objectName));
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    layout->addWidget(ui.messageRow);
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(CaseText::fieldLabel(CaseDocument::coreName(field)));
    return cell;
}

QLineEdit* CaseEditor::lineEdit(Field field, const char* objectName, int maxLength) {
    auto* line = new QLineEdit;
    line->setObjectName(QString::fromLatin1(objectName));
    if (maxLength > 0)
        // Core counts bytes; the limit here only stops runaway pastes, core has the last word.
        line->setMaxLength(maxLength * 4);
    connect(line, &QLineEdit::textEdited, this, [this, field](const QString& text) { edit(field, text, true); });
    connect(line, &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->endTyping();
    });
    watchForUndoKeys(line);
    return line;
}

QPlainTextEdit* CaseEditor::textEdit(Field field, const char* objectName, int lines) {
    auto* text = new QPlainTextEdit;
    text->setObjectName(QString::fromLatin1(objectName));
    text->setTabChangesFocus(true);
    // The document's undo stack is the one history; the widget keeps none of its own.
    text->setUndoRedoEnabled(false);
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * lines + 12);
    text->setSizePolicy(QSizePolicy::Expanding, lines > 3 ? QSizePolicy::Expanding : QSizePolicy::Preferred);
    if (lines <= 3)
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * (lines + 1) + 12);
    connect(text, &QPlainTextEdit::textChanged, this, [this, field, text] {
        if (!m_updating)
            edit(field, text->toPlainText(), true);
    });
    watchForUndoKeys(text);
    return text;
}

QComboBox* CaseEditor::codeCombo(Field field, const char* objectName, vocab::List list, bool optional) {
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(objectName));
    if (optional)
        combo->addItem(tr("(not set)"), QString());
    for (const vocab::Term& term : vocab::terms(list)) {
        const QString code = qs(term.code);
        if (list == vocab::List::Tlp)
            combo->addItem(TlpChip::swatch(code), CaseText::tlp(term.code), code);
        else
            combo->addItem(CaseText::term(list, term.code), code);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
        if (!m_updating)
            edit(field, combo->currentData(), false);
    });
    return combo;
}

DateField* CaseEditor::dateField(Field field, const char* objectName) {
    auto* date = new DateField;
    date->setObjectName(QString::fromLatin1(objectName));
    date->setMinimumWidth(date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 3 * 24 + 12);
    date->setMaximumWidth(date->minimumWidth());
    connect(date, &DateField::dateEdited, this,
            [this, field](const QString& text, bool typing) { edit(field, text, typing); });
    connect(date, &QLineEdit::editingFinished, this, [this] {
        if (m_document)
            m_document->endTyping();
    });
    watchForUndoKeys(date);
    return date;
}

QComboBox* CaseEditor::organisationCombo(Field field, const char* objectName) {
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->addItem(tr("(none)"), QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field, combo] {
        if (!m_updating)
            edit(field, combo->currentData(), false);
    });
    return combo;
}

void CaseEditor::reloadOrganisations() {
    auto organisations = m_workspace.organisations.list({}, 1000);
    const QScopedValueRollback guard(m_updating, true);
    for (QComboBox* combo : {m_referringOrganisation, m_referredOrganisation}) {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        if (!organisations)
            continue;
        for (const Organisation& o : *organisations)
            combo->addItem(QString::fromStdString(o.name), QString::fromStdString(o.meta.uuid));
    }
    if (!organisations)
        setFormMessage(ErrorText::describe(organisations.error()));
    if (m_document) {
        refreshField(Field::ReferringOrganisation);
        refreshField(Field::ReferredOrganisation);
    }
}

void CaseEditor::arrangeGroups(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QGroupBox* group : m_groups)
        m_grid->removeWidget(group);
    const int perColumn = columns == 1 ? static_cast<int>(m_groups.size()) : 3;
    for (int i = 0; i < static_cast<int>(m_groups.size()); ++i)
        m_grid->addWidget(m_groups[static_cast<std::size_t>(i)], i % perColumn, i / perColumn);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r <= static_cast<int>(m_groups.size()); ++r)
        m_grid->setRowStretch(r, r == perColumn ? 1 : 0);
}

void CaseEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Side by side, each group needs about as much room as the whole form has in one column.
    constexpr int kTwoColumnWidth = 1100;
    arrangeGroups(width() >= kTwoColumnWidth ? 2 : 1);
}

void CaseEditor::watchForUndoKeys(QWidget* widget) { widget->installEventFilter(this); }

bool CaseEditor::eventFilter(QObject* watched, QEvent* event) {
    // Text fields keep an undo history of their own that would bypass the document's: Ctrl+Z
    // and Ctrl+Shift+Z go to the document's stack instead (through the main window's Edit menu
    // when it has one, directly otherwise).
    if (event->type() == QEvent::ShortcutOverride && isUndoKey(static_cast<QKeyEvent*>(event))) {
        event->ignore();
        return true;
    }
    if (event->type() == QEvent::KeyPress && isUndoKey(static_cast<QKeyEvent*>(event))) {
        keyPressEvent(static_cast<QKeyEvent*>(event));
        return true;
    }
    if (event->type() == QEvent::FocusOut && m_document)
        m_document->endTyping();
    return QWidget::eventFilter(watched, event);
}

void CaseEditor::keyPressEvent(QKeyEvent* event) {
    if (m_document && event->matches(QKeySequence::Undo)) {
        m_document->endTyping();
        m_document->undoStack()->undo();
        event->accept();
        return;
    }
    if (m_document && event->matches(QKeySequence::Redo)) {
        m_document->undoStack()->redo();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Save)) {
        save();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CaseEditor::setDocument(CaseDocument* document) {
    if (m_document)
        m_document->disconnect(this);
    if (m_document && m_document->undoStack())
        m_document->undoStack()->disconnect(this);
    m_document = document;
    setEnabled(document != nullptr);
    if (document) {
        if (m_referringOrganisation->count() <= 1)
            reloadOrganisations();
        connect(document, &CaseDocument::fieldChanged, this, [this](Field field) {
            runGuarded(this, [&] {
                refreshField(field);
                revalidate();
            });
        });
        connect(document, &CaseDocument::caseReset, this, [this] {
            runGuarded(this, [this] {
                refreshAll();
                revalidate();
            });
        });
        connect(document, &CaseDocument::modifiedChanged, this, [this] { updateActions(); });
        QUndoStack* stack = document->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, [this] { updateActions(); });
        connect(stack, &QUndoStack::canRedoChanged, this, [this] { updateActions(); });
        connect(stack, &QUndoStack::undoTextChanged, this, [this] { updateActions(); });
        connect(stack, &QUndoStack::redoTextChanged, this, [this] { updateActions(); });
    }
    setFormMessage({});
    refreshAll();
    revalidate();
}

void CaseEditor::edit(Field field, const QVariant& value, bool typing) {
    if (m_updating || !m_document)
        return;
    runGuarded(this, [&] { m_document->setValue(field, value, typing); });
}

void CaseEditor::refreshField(Field field) {
    const auto it = m_fields.find(field);
    if (it == m_fields.end())
        return;
    const QScopedValueRollback guard(m_updating, true);
    const QVariant value = m_document ? m_document->value(field) : QVariant();
    QWidget* widget = it->second.widget;
    if (auto* date = qobject_cast<DateField*>(widget)) {
        if (date->text() != value.toString())
            date->setText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        if (line->text() != value.toString())
            line->setText(value.toString());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(widget)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        const QString code = value.toString();
        int row = combo->findData(code);
        if (row < 0 && !code.isEmpty()) {
            // A value this list does not offer (an organisation beyond the first thousand, a code
            // from a partner's newer vocabulary): show it rather than hide it.
            QString label = code;
            if (combo == m_referringOrganisation || combo == m_referredOrganisation) {
                if (auto org = m_workspace.organisations.get(code.toStdString()))
                    label = QString::fromStdString(org->name);
            }
            combo->addItem(label, code);
            row = combo->count() - 1;
        }
        combo->setCurrentIndex(row);
    } else if (widget == m_forms) {
        const QStringList codes = value.toStringList();
        for (int i = 0; i < m_forms->count(); ++i) {
            QListWidgetItem* item = m_forms->item(i);
            item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    } else if (widget == m_countries) {
        m_countries->setCodes(value.toStringList());
    }
    if (field == Field::Reference) {
        // Core assigns the reference on the first save; after that it identifies the case
        // across borders and is not edited here.
        const bool editable = m_document && m_document->isNew();
        m_reference->setReadOnly(!editable);
        m_reference->setPlaceholderText(editable ? tr("Assigned when the case is first saved") : QString());
        m_reference->setToolTip(editable ? tr("Leave empty to have Lintas number the case")
                                         : tr("The reference identifies the case and cannot be changed"));
    }
}

void CaseEditor::refreshAll() {
    for (Field f : CaseDocument::allFields())
        refreshField(f);
    // After a load or a save: a received case shows where it came from and whether it was edited here.
    m_provenance->showRecord(QStringLiteral("case"), m_document ? m_document->uuid() : QString());
    updateActions();
}

void CaseEditor::clearMessages() {
    for (auto& [field, ui] : m_fields) {
        ui.message->clear();
        ui.messageRow->setVisible(false);
        ui.widget->setAccessibleDescription({});
    }
}

void CaseEditor::setFormMessage(const QString& text) {
    m_formMessage->setText(text);
    m_formMessageRow->setVisible(!text.isEmpty());
}

QString CaseEditor::formMessage() const { return m_formMessage->text(); }

void CaseEditor::showProblem(const Error& error) {
    clearMessages();
    const auto field = CaseDocument::fromCoreName(error.field);
    if (!field || !m_fields.count(*field)) {
        setFormMessage(ErrorText::describe(error));
        return;
    }
    FieldUi& ui = m_fields[*field];
    const QString text = CaseText::problem(error);
    ui.message->setText(text);
    ui.messageRow->setVisible(true);
    ui.widget->setAccessibleDescription(text);
}

void CaseEditor::revalidate() {
    if (!m_document) {
        clearMessages();
        updateActions();
        return;
    }
    const Status status = m_document->validate();
    if (status)
        clearMessages();
    else
        showProblem(status.error());
    updateActions();
}

void CaseEditor::updateActions() {
    const bool hasDocument = m_document != nullptr;
    const bool valid = hasDocument && m_document->validate().ok();
    const bool modified = hasDocument && m_document->isModified();
    m_save->setEnabled(valid && (modified || m_document->isNew()));
    if (!valid && hasDocument)
        m_save->setToolTip(tr("Correct the field marked below to save"));
    else
        m_save->setToolTip(tr("Save the case (Ctrl+S)"));
    QUndoStack* stack = hasDocument ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    //: %1 is what would be undone, e.g. "Change Title".
    m_undo->setToolTip(stack && stack->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(stack->undoText()) : tr("Undo (Ctrl+Z)"));
    m_redo->setToolTip(stack && stack->canRedo() ? tr("Redo %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                                 : tr("Redo (Ctrl+Shift+Z)"));
    if (!hasDocument)
        m_state->clear();
    else if (m_document->isNew())
        m_state->setText(tr("New case, not saved yet"));
    else if (modified)
        m_state->setText(tr("Unsaved changes"));
    else
        m_state->setText(tr("All changes saved"));
}

QWidget* CaseEditor::fieldWidget(Field field) const {
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : it->second.widget;
}

QLabel* CaseEditor::messageLabel(Field field) const {
    const auto it = m_fields.find(field);
    return it == m_fields.end() ? nullptr : it->second.message;
}

bool CaseEditor::save() {
    bool done = false;
    runGuarded(this, [&] {
        if (!m_document)
            return;
        if (!m_document->isNew() && !m_document->isModified()) {
            done = true;
            return;
        }
        const Status status = m_document->save();
        if (status) {
            setFormMessage({});
            //: %1 is a case reference such as IDN-BARESKRIM-2026-000042.
            emit statusMessage(tr("Case %1 saved.").arg(QString::fromStdString(m_document->current().reference)));
            done = true;
            return;
        }
        if (status.error().code == ErrorCode::Conflict) {
            done = resolveConflict();
            return;
        }
        showProblem(status.error());
    });
    return done;
}

QStringList CaseEditor::fieldNames(const std::vector<Field>& fields) const {
    QStringList names;
    for (Field f : fields)
        names.push_back(CaseText::fieldLabel(CaseDocument::coreName(f)));
    return names;
}

bool CaseEditor::resolveConflict() {
    ConflictInfo info;
    info.reference = QString::fromStdString(m_document->current().reference);
    info.myFields = fieldNames(m_document->myChanges());
    if (auto theirs = m_document->theirChanges())
        info.theirFields = fieldNames(*theirs);
    const ConflictChoice choice = m_conflictChooser ? m_conflictChooser(info) : askConflict(info);
    switch (choice) {
    case ConflictChoice::ReloadTheirs:
        if (const Status s = m_document->reloadTheirs(); !s) {
            showProblem(s.error());
            return false;
        }
        setFormMessage({});
        emit statusMessage(tr("Case %1 reloaded; your changes were discarded.").arg(info.reference));
        return true;
    case ConflictChoice::OverwriteMine:
        if (const Status s = m_document->overwriteWithMine(); !s) {
            showProblem(s.error());
            return false;
        }
        setFormMessage({});
        emit statusMessage(tr("Case %1 saved over the other change.").arg(info.reference));
        return true;
    case ConflictChoice::Cancel: break;
    }
    setFormMessage(tr("Not saved: someone else changed this case after you opened it. Your changes are still here."));
    return false;
}

ConflictChoice CaseEditor::askConflict(const ConflictInfo& info) {
    QMessageBox box(QMessageBox::Warning, tr("Case changed by someone else"),
                    tr("Someone else saved case %1 after you opened it.").arg(info.reference), QMessageBox::NoButton,
                    this);
    QString details;
    if (!info.theirFields.isEmpty())
        //: %1 is a list of field names.
        details += tr("They changed: %1.").arg(info.theirFields.join(tr(", "))) + QLatin1Char('\n');
    if (!info.myFields.isEmpty())
        details += tr("You changed: %1.").arg(info.myFields.join(tr(", "))) + QLatin1Char('\n');
    details += tr("“Reload theirs” discards your changes. “Overwrite with mine” saves every field as shown here, "
                  "replacing their changes.");
    box.setInformativeText(details);
    QPushButton* reload = box.addButton(tr("Reload theirs (discard mine)"), QMessageBox::DestructiveRole);
    QPushButton* overwrite = box.addButton(tr("Overwrite with mine"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ConflictChoice::ReloadTheirs;
    if (box.clickedButton() == overwrite)
        return ConflictChoice::OverwriteMine;
    return ConflictChoice::Cancel;
}

}  // namespace lintas::ui
