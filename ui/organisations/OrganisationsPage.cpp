#include "organisations/OrganisationsPage.h"

#include "common/Guard.h"
#include "lintas/service/Workspace.h"
#include "organisations/OrganisationEditor.h"
#include "organisations/OrganisationFilterProxy.h"
#include "organisations/OrganisationListModel.h"
#include "organisations/OrganisationText.h"
#include "persons/EditPrompter.h"
#include "persons/PersonText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

// Far above what an agency records (the 200-case demo has 139); the list is filtered in
// memory, and says so when it holds only the first ones.
constexpr int kListLimit = 5000;

}  // namespace

struct OrganisationsPage::Impl {
    OrganisationsPage* q;
    Workspace& ws;
    std::shared_ptr<EditPrompter> prompter = std::make_shared<MessageBoxPrompter>();

    QComboBox* typeFilter = nullptr;
    QLineEdit* textFilter = nullptr;
    OrganisationListModel* list = nullptr;
    OrganisationFilterProxy* proxy = nullptr;
    QTableView* listView = nullptr;
    QLabel* count = nullptr;
    OrganisationEditor* editor = nullptr;
    QPushButton* save = nullptr;
    QPushButton* revert = nullptr;
    QLabel* state = nullptr;

    QString currentUuid;
    bool dirty = false;
    bool selecting = false;

    Impl(OrganisationsPage* page, Workspace& workspace) : q(page), ws(workspace) {}

    void build();
    void loadList();
    void applyFilters();
    void updateCount();
    bool load(const QString& uuid);
    void open(const QString& uuid);
    void startNew();
    bool saveEdits();
    void revertEdits();
    void setDirty(bool value);
    void selectCurrentInList();
    [[nodiscard]] std::vector<LinkedPerson> linkedPeople(const std::string& orgUuid);
    [[nodiscard]] QString recordName() const;
};

void OrganisationsPage::Impl::build() {
    typeFilter = new QComboBox(q);
    typeFilter->setObjectName(QStringLiteral("orgTypeFilter"));
    typeFilter->addItem(OrganisationsPage::tr("All types"), QString());
    for (const auto& [code, label] : OrganisationText::choices(vocab::List::OrganisationType))
        typeFilter->addItem(label, code);
    textFilter = new QLineEdit(q);
    textFilter->setObjectName(QStringLiteral("orgFilter"));
    textFilter->setPlaceholderText(OrganisationsPage::tr("Name, country, phone or identifier"));
    textFilter->setClearButtonEnabled(true);

    list = new OrganisationListModel(q);
    proxy = new OrganisationFilterProxy(q);
    proxy->setSourceModel(list);
    proxy->sort(OrganisationListModel::NameColumn);
    listView = new QTableView(q);
    listView->setObjectName(QStringLiteral("orgList"));
    listView->setModel(proxy);
    listView->setSortingEnabled(true);
    listView->sortByColumn(OrganisationListModel::NameColumn, Qt::AscendingOrder);
    listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    listView->setSelectionMode(QAbstractItemView::SingleSelection);
    listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    listView->verticalHeader()->setVisible(false);
    listView->horizontalHeader()->setStretchLastSection(true);
    listView->horizontalHeader()->resizeSection(OrganisationListModel::NameColumn, 230);
    listView->horizontalHeader()->resizeSection(OrganisationListModel::TypeColumn, 150);
    listView->setWordWrap(false);
    count = new QLabel(q);
    count->setObjectName(QStringLiteral("orgCount"));
    count->setEnabled(false);
    auto* newOrganisation = new QPushButton(OrganisationsPage::tr("&New organisation"), q);
    newOrganisation->setObjectName(QStringLiteral("newOrganisationButton"));

    auto* filters = new QHBoxLayout;
    auto* typeLabel = new QLabel(OrganisationsPage::tr("T&ype:"), q);
    typeLabel->setBuddy(typeFilter);
    filters->addWidget(typeLabel);
    filters->addWidget(typeFilter, 1);
    auto* findLabel = new QLabel(OrganisationsPage::tr("&Find:"), q);
    findLabel->setBuddy(textFilter);
    auto* left = new QWidget(q);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(findLabel);
    leftLayout->addWidget(textFilter);
    leftLayout->addWidget(listView, 1);
    leftLayout->addWidget(count);
    leftLayout->addWidget(newOrganisation);

    editor = new OrganisationEditor(q);
    editor->setObjectName(QStringLiteral("orgEditor"));
    auto* scroll = new QScrollArea(q);
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    save = new QPushButton(OrganisationsPage::tr("&Save"), q);
    save->setObjectName(QStringLiteral("saveOrganisationButton"));
    save->setEnabled(false);
    revert = new QPushButton(OrganisationsPage::tr("&Revert"), q);
    revert->setObjectName(QStringLiteral("revertOrganisationButton"));
    revert->setToolTip(OrganisationsPage::tr("Undo all changes since the last save"));
    revert->setEnabled(false);
    state = new QLabel(q);
    state->setObjectName(QStringLiteral("orgEditState"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(state, 1);
    actions->addWidget(revert);
    actions->addWidget(save);
    auto* right = new QWidget(q);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(actions);

    auto* splitter = new QSplitter(q);
    splitter->setObjectName(QStringLiteral("organisationsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({480, 800});
    auto* layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(typeFilter, &QComboBox::currentIndexChanged, q, [this] { applyFilters(); });
    connect(textFilter, &QLineEdit::textChanged, q, [this] { applyFilters(); });
    connect(listView->selectionModel(), &QItemSelectionModel::currentRowChanged, q, [this](const QModelIndex& current) {
        if (selecting || !current.isValid())
            return;
        runGuarded(q, [&] { open(current.data(OrganisationListModel::UuidRole).toString()); });
    });
    connect(newOrganisation, &QPushButton::clicked, q, [this] {
        runGuarded(q, [this] {
            if (q->confirmLeave()) {
                startNew();
                editor->focusName();
            }
        });
    });
    connect(save, &QPushButton::clicked, q, [this] { runGuarded(q, [this] { saveEdits(); }); });
    // Ctrl+S while working anywhere on this page (only the visible page has the focus).
    auto* saveShortcut = new QShortcut(QKeySequence::Save, q);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, q, [this] {
        if (dirty)
            runGuarded(q, [this] { saveEdits(); });
    });
    //: %1 is the keyboard shortcut, e.g. Ctrl+S.
    save->setToolTip(OrganisationsPage::tr("Save the changes (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(revert, &QPushButton::clicked, q, [this] { runGuarded(q, [this] { revertEdits(); }); });
    connect(editor, &OrganisationEditor::edited, q, [this] { setDirty(true); });
    connect(editor, &OrganisationEditor::personActivated, q, &OrganisationsPage::personRequested);

    loadList();
    startNew();
}

void OrganisationsPage::Impl::loadList() {
    auto all = ws.organisations.list({}, kListLimit);
    if (!all) {
        emit q->statusMessage(PersonText::problemWithField(all.error()));
        return;
    }
    list->setOrganisations(std::move(all).value());
    updateCount();
    selectCurrentInList();
}

void OrganisationsPage::Impl::applyFilters() {
    // Filtering must not open another organisation: rows leaving the view move the current index.
    selecting = true;
    proxy->setTypeFilter(typeFilter->currentData().toString());
    proxy->setTextFilter(textFilter->text());
    selecting = false;
    updateCount();
    selectCurrentInList();
}

void OrganisationsPage::Impl::updateCount() {
    const int shown = proxy->rowCount();
    const int total = list->rowCount();
    QString text;
    if (shown == total)
        text = OrganisationsPage::tr("%n organisation(s)", "", total);
    else
        //: %1 organisations match the filters, out of %2 loaded.
        text = OrganisationsPage::tr("%1 of %2 organisations").arg(shown).arg(total);
    if (total >= kListLimit)
        //: %1 is how many organisations the list loads at most.
        text += OrganisationsPage::tr(" (the first %1 by name)").arg(kListLimit);
    count->setText(text);
}

void OrganisationsPage::Impl::selectCurrentInList() {
    const int row = list->rowOf(currentUuid);
    selecting = true;
    const QModelIndex index = row >= 0 ? proxy->mapFromSource(list->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        listView->setCurrentIndex(index);
        listView->scrollTo(index);
    } else {
        listView->selectionModel()->clearCurrentIndex();
        listView->clearSelection();
    }
    selecting = false;
}

QString OrganisationsPage::Impl::recordName() const {
    const std::string name = editor->organisation().name;
    return name.empty() ? OrganisationsPage::tr("New organisation") : QString::fromStdString(name);
}

void OrganisationsPage::Impl::setDirty(bool value) {
    dirty = value;
    save->setEnabled(value);
    revert->setEnabled(value);
    state->setText(value ? OrganisationsPage::tr("Unsaved changes") : QString());
}

std::vector<LinkedPerson> OrganisationsPage::Impl::linkedPeople(const std::string& orgUuid) {
    std::vector<LinkedPerson> out;
    auto relationships = ws.links.relationshipsOf(orgUuid);
    if (!relationships) {
        emit q->statusMessage(PersonText::problemWithField(relationships.error()));
        return out;
    }
    for (const Relationship& r : *relationships) {
        LinkedPerson linked;
        if (r.fromKind == PartyKind::Person && r.toUuid == orgUuid) {
            linked.personUuid = r.fromUuid;
            linked.personFirst = true;
        } else if (r.toKind == PartyKind::Person && r.fromUuid == orgUuid) {
            linked.personUuid = r.toUuid;
            linked.personFirst = false;
        } else {
            continue;  // organisation to organisation: not a person
        }
        if (auto person = ws.persons.get(linked.personUuid))
            linked.name = person->displayName();
        linked.relationship = r;
        out.push_back(std::move(linked));
    }
    return out;
}

bool OrganisationsPage::Impl::load(const QString& uuid) {
    auto organisation = ws.organisations.get(uuid.toStdString());
    if (!organisation) {
        emit q->statusMessage(PersonText::problemWithField(organisation.error()));
        return false;
    }
    editor->setOrganisation(*organisation);
    editor->setPeople(linkedPeople(uuid.toStdString()));
    currentUuid = uuid;
    setDirty(false);
    selectCurrentInList();
    return true;
}

void OrganisationsPage::Impl::open(const QString& uuid) {
    if (uuid.isEmpty() || uuid == currentUuid)
        return;
    if (!q->confirmLeave()) {
        selectCurrentInList();
        return;
    }
    load(uuid);
}

void OrganisationsPage::Impl::startNew() {
    editor->setOrganisation(Organisation{});
    editor->setPeople({});
    currentUuid.clear();
    setDirty(false);
    selectCurrentInList();
}

void OrganisationsPage::Impl::revertEdits() {
    if (currentUuid.isEmpty())
        startNew();
    else
        load(currentUuid);
    emit q->statusMessage(OrganisationsPage::tr("Changes discarded."));
}

bool OrganisationsPage::Impl::saveEdits() {
    editor->clearProblems();
    Organisation organisation = editor->organisation();
    const bool isNew = organisation.meta.version == 0;
    Result<Organisation> saved = isNew ? ws.organisations.create(organisation) : ws.organisations.update(organisation);
    if (!saved && saved.error().code == ErrorCode::Conflict) {
        switch (prompter->askConflict(q, recordName())) {
        case EditPrompter::ConflictChoice::Reload:
            load(currentUuid);
            emit q->statusMessage(OrganisationsPage::tr("Loaded the version saved by someone else."));
            return false;
        case EditPrompter::ConflictChoice::Overwrite: {
            auto stored = ws.organisations.get(organisation.meta.uuid);
            if (!stored) {
                emit q->statusMessage(PersonText::problemWithField(stored.error()));
                return false;
            }
            organisation.meta.version = stored->meta.version;
            saved = ws.organisations.update(organisation);
            break;
        }
        case EditPrompter::ConflictChoice::Cancel:
            return false;
        }
    }
    if (!saved) {
        editor->showProblem(saved.error());
        emit q->statusMessage(OrganisationsPage::tr("Not saved. %1").arg(PersonText::problemWithField(saved.error())));
        return false;
    }
    const Organisation& stored = *saved;
    editor->setOrganisation(stored);
    editor->setPeople(linkedPeople(stored.meta.uuid));
    currentUuid = QString::fromStdString(stored.meta.uuid);
    setDirty(false);
    list->upsert(stored);
    updateCount();
    selectCurrentInList();
    emit q->dataChanged();
    const QString name = QString::fromStdString(stored.name);
    emit q->statusMessage(isNew ? OrganisationsPage::tr("Created %1.").arg(name)
                                : OrganisationsPage::tr("Saved %1.").arg(name));
    return true;
}

OrganisationsPage::OrganisationsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent), d(std::make_unique<Impl>(this, workspace)) {
    d->build();
}

OrganisationsPage::~OrganisationsPage() = default;

void OrganisationsPage::setPrompter(std::shared_ptr<EditPrompter> prompter) {
    if (prompter)
        d->prompter = std::move(prompter);
}

void OrganisationsPage::reload() {
    runGuarded(this, [this] {
        d->loadList();
        if (!d->dirty && !d->currentUuid.isEmpty())
            d->load(d->currentUuid);
    });
}

bool OrganisationsPage::confirmLeave() {
    if (!d->dirty)
        return true;
    bool stay = true;
    runGuarded(this, [&] {
        switch (d->prompter->askLeave(this, d->recordName())) {
        case EditPrompter::LeaveChoice::Save:
            stay = !d->saveEdits();
            break;
        case EditPrompter::LeaveChoice::Discard:
            d->setDirty(false);
            d->revertEdits();
            stay = false;
            break;
        case EditPrompter::LeaveChoice::Cancel:
            stay = true;
            break;
        }
    });
    return !stay;
}

void OrganisationsPage::openOrganisation(const QString& uuid) {
    runGuarded(this, [&] { d->open(uuid); });
}

void OrganisationsPage::newOrganisation() {
    runGuarded(this, [this] {
        if (confirmLeave())
            d->startNew();
        d->editor->focusName();
    });
}

}  // namespace lintas::ui
