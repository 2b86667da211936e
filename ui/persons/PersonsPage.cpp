#include "persons/PersonsPage.h"

#include "common/Guard.h"
#include "exchange/ProvenanceBanner.h"
#include "lintas/service/Workspace.h"
#include "persons/EditPrompter.h"
#include "persons/PersonEditor.h"
#include "persons/PersonSearchModel.h"
#include "persons/PersonText.h"
#include "security/RevealDialog.h"
#include "security/SecurityText.h"
#include "security/SeenByPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace lintas::ui {
namespace {

constexpr int kSearchDelayMs = 250;
constexpr int kNameHits = 100;

/// Digits or an '@' make the text worth trying as an identifier (phone, passport, e-mail…);
/// core decides which kinds it can actually be read as.
bool looksLikeIdentifier(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || c == QLatin1Char('@'); });
}

bool hasLetter(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

}  // namespace

struct PersonsPage::Impl {
    PersonsPage* q;
    Workspace& ws;
    std::shared_ptr<EditPrompter> prompter = std::make_shared<MessageBoxPrompter>();

    QLineEdit* search = nullptr;
    QTimer* searchTimer = nullptr;
    PersonSearchModel* results = nullptr;
    QTableView* resultsView = nullptr;
    QLabel* searchHint = nullptr;
    PersonEditor* editor = nullptr;
    ProvenanceBanner* provenance = nullptr;  ///< where a received person came from
    QPushButton* save = nullptr;
    QPushButton* revert = nullptr;
    QLabel* state = nullptr;
    SeenByPanel* seenBy = nullptr;  ///< who has read a victim's identity (supervisors)

    QString currentUuid;
    bool victim = false;               ///< the person on show is a victim (core masked them)
    std::optional<Person> revealed;    ///< the victim as revealed with a reason, for Revert
    bool dirty = false;
    bool selecting = false;  // the page itself moves the results selection

    Impl(PersonsPage* page, Workspace& workspace) : q(page), ws(workspace) {}

    void build();
    void runSearch();
    bool load(const QString& uuid);
    void open(const QString& uuid);
    void startNew();
    bool saveEdits();
    void revertEdits();
    void setDirty(bool value);
    void selectCurrentInResults();
    [[nodiscard]] QString recordName() const;
    [[nodiscard]] std::optional<std::string> localCountry() const;
    void reportError(const Error& error);
    [[nodiscard]] bool canReveal() const;
    void showIdentityState();
    RevealDialog* askReveal();
};

void PersonsPage::Impl::build() {
    search = new QLineEdit(q);
    search->setObjectName(QStringLiteral("personSearch"));
    search->setPlaceholderText(PersonsPage::tr("Name, alias, phone, passport or e-mail"));
    search->setClearButtonEnabled(true);
    searchTimer = new QTimer(q);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(kSearchDelayMs);

    results = new PersonSearchModel(q);
    resultsView = new QTableView(q);
    resultsView->setObjectName(QStringLiteral("personResults"));
    resultsView->setModel(results);
    resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    resultsView->verticalHeader()->setVisible(false);
    resultsView->horizontalHeader()->setStretchLastSection(true);
    resultsView->horizontalHeader()->resizeSection(PersonSearchModel::NameColumn, 200);
    resultsView->setWordWrap(false);

    searchHint = new QLabel(q);
    searchHint->setObjectName(QStringLiteral("personSearchHint"));
    searchHint->setWordWrap(true);
    searchHint->setEnabled(false);

    auto* newPerson = new QPushButton(PersonsPage::tr("&New person"), q);
    newPerson->setObjectName(QStringLiteral("newPersonButton"));

    auto* searchLabel = new QLabel(PersonsPage::tr("&Find a person:"), q);
    searchLabel->setBuddy(search);
    auto* left = new QWidget(q);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(searchLabel);
    leftLayout->addWidget(search);
    leftLayout->addWidget(resultsView, 1);
    leftLayout->addWidget(searchHint);
    leftLayout->addWidget(newPerson);

    editor = new PersonEditor(q);
    editor->setObjectName(QStringLiteral("personEditor"));
    editor->setToday(ws.context().today());
    seenBy = new SeenByPanel(ws, q);
    auto* editorArea = new QWidget(q);
    auto* editorLayout = new QVBoxLayout(editorArea);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(editor);
    auto* seenByMargins = new QVBoxLayout;
    seenByMargins->setContentsMargins(9, 0, 9, 9);  // line up with the editor's own margins
    seenByMargins->addWidget(seenBy);
    editorLayout->addLayout(seenByMargins);
    editorLayout->addStretch();
    auto* scroll = new QScrollArea(q);
    scroll->setWidget(editorArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    save = new QPushButton(PersonsPage::tr("&Save"), q);
    save->setObjectName(QStringLiteral("savePersonButton"));
    save->setEnabled(false);
    revert = new QPushButton(PersonsPage::tr("&Revert"), q);
    revert->setObjectName(QStringLiteral("revertPersonButton"));
    revert->setToolTip(PersonsPage::tr("Undo all changes since the last save"));
    revert->setEnabled(false);
    state = new QLabel(q);
    state->setObjectName(QStringLiteral("personEditState"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(state, 1);
    actions->addWidget(revert);
    actions->addWidget(save);

    auto* right = new QWidget(q);
    auto* rightLayout = new QVBoxLayout(right);
    provenance = new ProvenanceBanner(ws, right);
    rightLayout->addWidget(provenance);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addLayout(actions);

    auto* splitter = new QSplitter(q);
    splitter->setObjectName(QStringLiteral("personsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 900});
    auto* layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(search, &QLineEdit::returnPressed, q, [this] {
        searchTimer->stop();
        runGuarded(q, [this] { runSearch(); });
    });
    connect(searchTimer, &QTimer::timeout, q, [this] { runGuarded(q, [this] { runSearch(); }); });
    connect(resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, q,
            [this](const QModelIndex& current) {
                if (selecting || !current.isValid())
                    return;
                runGuarded(q, [&] { open(current.data(PersonSearchModel::UuidRole).toString()); });
            });
    connect(newPerson, &QPushButton::clicked, q, [this] {
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
    save->setToolTip(PersonsPage::tr("Save the changes (%1)")
                         .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(revert, &QPushButton::clicked, q, [this] { runGuarded(q, [this] { revertEdits(); }); });
    connect(editor, &PersonEditor::edited, q, [this] { setDirty(true); });
    connect(editor, &PersonEditor::caseActivated, q, &PersonsPage::caseRequested);
    connect(editor, &PersonEditor::revealRequested, q, [this] { runGuarded(q, [this] { askReveal(); }); });

    runSearch();
    startNew();
}

std::optional<std::string> PersonsPage::Impl::localCountry() const {
    // National numbers typed into the search are most likely from the agency's own country.
    auto local = ws.agencies.local();
    if (!local)
        return std::nullopt;
    return local->country;
}

void PersonsPage::Impl::runSearch() {
    const QString text = search->text().trimmed();
    if (text.isEmpty()) {
        results->setMatches({});
        searchHint->setText(
            PersonsPage::tr("Type a name, an alias or an identifier such as a phone or passport number."));
        selectCurrentInResults();
        return;
    }
    std::vector<PersonMatch> matches;
    if (looksLikeIdentifier(text)) {
        // Text that is no identifier at all is no error here: it may still be a name.
        if (auto byId = ws.persons.findByIdentifier({}, text.toStdString(), localCountry()))
            matches = std::move(byId).value();
    }
    if (hasLetter(text)) {
        auto byName = ws.persons.findByName(text.toStdString(), kNameHits);
        if (!byName) {
            searchHint->setText(PersonText::problem(byName.error()));
            results->setMatches(std::move(matches));
            return;
        }
        for (PersonMatch& m : *byName)
            if (std::none_of(matches.begin(), matches.end(), [&](const PersonMatch& x) { return x.uuid == m.uuid; }))
                matches.push_back(std::move(m));
    }
    const int count = static_cast<int>(matches.size());
    results->setMatches(std::move(matches));
    if (count == 0)
        searchHint->setText(PersonsPage::tr("Nobody found. Check the spelling, try an alias, or create a new person."));
    else if (count >= kNameHits)
        searchHint->setText(PersonsPage::tr("Showing the best %n matches; type more to narrow the search.", "", count));
    else
        searchHint->setText(PersonsPage::tr("%n person(s) found.", "", count));
    selectCurrentInResults();
}

void PersonsPage::Impl::selectCurrentInResults() {
    const int row = results->rowOf(currentUuid);
    selecting = true;
    if (row >= 0)
        resultsView->setCurrentIndex(results->index(row, 0));
    else
        resultsView->selectionModel()->clearCurrentIndex();
    selecting = false;
}

QString PersonsPage::Impl::recordName() const {
    const std::string name = editor->person().displayName();
    return name.empty() ? PersonsPage::tr("New person") : QString::fromStdString(name);
}

void PersonsPage::Impl::setDirty(bool value) {
    dirty = value;
    save->setEnabled(value);
    revert->setEnabled(value);
    state->setText(value ? PersonsPage::tr("Unsaved changes") : QString());
}

bool PersonsPage::Impl::load(const QString& uuid) {
    auto person = ws.persons.get(uuid.toStdString());
    if (!person) {
        reportError(person.error());
        return false;
    }
    editor->setToday(ws.context().today());
    editor->setPerson(*person);
    auto roles = ws.cases.rolesOf(uuid.toStdString());
    editor->setRoles(roles ? std::move(roles).value() : std::vector<CaseParty>{});
    if (!roles)
        reportError(roles.error());
    currentUuid = uuid;
    victim = person->identityMasked;
    revealed.reset();
    showIdentityState();
    seenBy->showPerson(victim ? uuid : QString());
    provenance->showRecord(QStringLiteral("person"), uuid);
    setDirty(false);
    selectCurrentInResults();
    return true;
}

void PersonsPage::Impl::open(const QString& uuid) {
    if (uuid.isEmpty() || uuid == currentUuid)
        return;
    if (!q->confirmLeave()) {
        selectCurrentInResults();  // stay on the person being edited
        return;
    }
    load(uuid);
}

void PersonsPage::Impl::startNew() {
    editor->setToday(ws.context().today());
    editor->setPerson(Person{});
    editor->setRoles({});
    currentUuid.clear();
    victim = false;
    revealed.reset();
    showIdentityState();
    seenBy->showPerson({});
    provenance->showRecord(QStringLiteral("person"), currentUuid);
    setDirty(false);
    selectCurrentInResults();
}

void PersonsPage::Impl::revertEdits() {
    if (currentUuid.isEmpty()) {
        startNew();
    } else if (revealed) {
        // Back to the victim as revealed: reading them again would ask for another reason.
        editor->setPerson(*revealed);
        showIdentityState();
        setDirty(false);
    } else {
        load(currentUuid);
    }
    emit q->statusMessage(PersonsPage::tr("Changes discarded."));
}

void PersonsPage::Impl::reportError(const Error& error) {
    emit q->statusMessage(PersonText::problemWithField(error));
}

bool PersonsPage::Impl::saveEdits() {
    editor->clearProblems();
    Person person = editor->person();
    const bool isNew = person.meta.version == 0;
    Result<Person> saved = isNew ? ws.persons.create(person) : ws.persons.update(person);
    if (!saved && saved.error().code == ErrorCode::Conflict) {
        switch (prompter->askConflict(q, recordName())) {
        case EditPrompter::ConflictChoice::Reload:
            load(currentUuid);
            emit q->statusMessage(PersonsPage::tr("Loaded the version saved by someone else."));
            return false;
        case EditPrompter::ConflictChoice::Overwrite: {
            auto stored = ws.persons.get(person.meta.uuid);
            if (!stored) {
                reportError(stored.error());
                return false;
            }
            person.meta.version = stored->meta.version;
            saved = ws.persons.update(person);
            break;
        }
        case EditPrompter::ConflictChoice::Cancel:
            return false;
        }
    }
    if (!saved) {
        editor->showProblem(saved.error());
        emit q->statusMessage(PersonsPage::tr("Not saved. %1").arg(PersonText::problemWithField(saved.error())));
        return false;
    }
    const Person& stored = *saved;
    editor->setPerson(stored);
    auto roles = ws.cases.rolesOf(stored.meta.uuid);
    editor->setRoles(roles ? std::move(roles).value() : std::vector<CaseParty>{});
    currentUuid = QString::fromStdString(stored.meta.uuid);
    if (victim)
        revealed = stored;  // core returns the record it stored unmasked: the user just wrote it
    showIdentityState();
    provenance->showRecord(QStringLiteral("person"), currentUuid);  // now "edited here since"
    setDirty(false);
    // A victim's name stays out of the list of people found, as core lists them.
    results->upsert(victim ? PersonMatch{stored.meta.uuid, kMaskedName, "name", true}
                           : PersonMatch{stored.meta.uuid, stored.displayName(), "name"});
    selectCurrentInResults();
    emit q->dataChanged();
    if (victim)
        emit q->statusMessage(PersonsPage::tr("Saved."));
    else
        emit q->statusMessage(isNew ? PersonsPage::tr("Created %1.").arg(QString::fromStdString(stored.displayName()))
                                    : PersonsPage::tr("Saved %1.").arg(QString::fromStdString(stored.displayName())));
    return true;
}

bool PersonsPage::Impl::canReveal() const {
    return ws.context().can(security::Permission::VictimIdentityRead);
}

void PersonsPage::Impl::showIdentityState() {
    using State = PersonEditor::IdentityState;
    editor->setIdentityState(!victim ? State::Plain : revealed ? State::Revealed : State::Masked, canReveal());
}

RevealDialog* PersonsPage::Impl::askReveal() {
    if (!victim || revealed || currentUuid.isEmpty() || !canReveal())
        return nullptr;
    auto* dialog = new RevealDialog(q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QString uuid = currentUuid;
    dialog->setCheck([this, uuid](const QString& reason) -> QString {
        if (uuid != currentUuid)
            return PersonsPage::tr("Another person is on show now. Close this and try again.");
        auto person = ws.persons.reveal(uuid.toStdString(), reason.toStdString());
        if (!person)
            return SecurityText::problem(person.error());
        revealed = *person;
        editor->setPerson(*person);
        showIdentityState();
        setDirty(false);
        seenBy->refresh();  // the reading just made is the newest entry
        emit q->statusMessage(PersonsPage::tr("Identifying details shown. Your reason was recorded."));
        return {};
    });
    dialog->open();
    return dialog;
}

PersonsPage::PersonsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent), d(std::make_unique<Impl>(this, workspace)) {
    d->build();
}

PersonsPage::~PersonsPage() = default;

void PersonsPage::setPrompter(std::shared_ptr<EditPrompter> prompter) {
    if (prompter)
        d->prompter = std::move(prompter);
}

void PersonsPage::reload() {
    runGuarded(this, [this] {
        d->runSearch();
        // Unsaved edits stay; a clean editor shows what is stored now (roles may have changed).
        // A revealed victim stays revealed: reading them again would need another reason.
        if (!d->dirty && !d->currentUuid.isEmpty() && !d->revealed)
            d->load(d->currentUuid);
        else if (d->revealed) {
            auto roles = workspace().cases.rolesOf(d->currentUuid.toStdString());
            if (roles)
                d->editor->setRoles(std::move(roles).value());
            d->seenBy->refresh();
        }
    });
}

bool PersonsPage::confirmLeave() {
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

void PersonsPage::openPerson(const QString& uuid) {
    runGuarded(this, [&] { d->open(uuid); });
}

RevealDialog* PersonsPage::revealIdentity() {
    RevealDialog* dialog = nullptr;
    runGuarded(this, [&] { dialog = d->askReveal(); });
    return dialog;
}

void PersonsPage::newPerson() {
    runGuarded(this, [this] {
        if (confirmLeave())
            d->startNew();
        d->editor->focusName();
    });
}

}  // namespace lintas::ui
