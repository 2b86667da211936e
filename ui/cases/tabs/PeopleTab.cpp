#include "cases/tabs/PeopleTab.h"

#include "cases/tabs/CasePartyModel.h"
#include "cases/tabs/FieldErrors.h"
#include "cases/tabs/NewPersonDialog.h"
#include "cases/tabs/PersonSearchDialog.h"
#include "cases/tabs/SuspectProfileEditor.h"
#include "cases/tabs/TabText.h"
#include "cases/tabs/VictimProfileEditor.h"
#include "common/Guard.h"

#include "lintas/service/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {

PeopleTab::PeopleTab(lintas::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("peopleTab"));
    m_model = new CasePartyModel(this);
    m_model->setObjectName(QStringLiteral("partyModel"));

    auto* addExistingButton = new QPushButton(tr("Add &existing person…"), this);
    addExistingButton->setObjectName(QStringLiteral("addExistingPerson"));
    addExistingButton->setToolTip(tr("Find someone already on file by name or identifier and add them to this case"));
    auto* addNewButton = new QPushButton(tr("Add &new person…"), this);
    addNewButton->setObjectName(QStringLiteral("addNewPerson"));
    m_remove = new QPushButton(tr("&Remove from case…"), this);
    m_remove->setObjectName(QStringLiteral("removeParty"));
    m_remove->setToolTip(tr("Remove the selected role from this case; the person stays on file (Delete)"));
    m_open = new QPushButton(tr("&Open person"), this);
    m_open->setObjectName(QStringLiteral("openPerson"));
    connect(addExistingButton, &QPushButton::clicked, this, &PeopleTab::addExisting);
    connect(addNewButton, &QPushButton::clicked, this, &PeopleTab::addNew);
    connect(m_remove, &QPushButton::clicked, this, &PeopleTab::removeSelected);
    connect(m_open, &QPushButton::clicked, this, &PeopleTab::openSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addExistingButton);
    buttons->addWidget(addNewButton);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);

    m_loadError = FieldErrors::makeErrorLabel(this);
    m_loadError->setObjectName(QStringLiteral("loadError"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("partiesView"));
    m_view->setAccessibleName(tr("People in this case"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CasePartyModel::DetailsColumn, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit personRequested(index.siblingAtColumn(0).data(CasePartyModel::PersonUuidRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeopleTab::selectionChanged);
    auto* removeShortcut = new QAction(m_view);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QAction::triggered, this, &PeopleTab::removeSelected);
    m_view->addAction(removeShortcut);

    m_noProfile = new QLabel(this);
    m_noProfile->setObjectName(QStringLiteral("noProfileHint"));
    m_noProfile->setWordWrap(true);
    m_noProfile->setAlignment(Qt::AlignCenter);
    m_noProfile->setTextFormat(Qt::PlainText);
    m_victim = new VictimProfileEditor(ws, this);
    m_suspect = new SuspectProfileEditor(ws, this);
    m_profiles = new QStackedWidget(this);
    m_profiles->setObjectName(QStringLiteral("profilePanel"));
    m_profiles->addWidget(m_noProfile);
    m_profiles->addWidget(m_victim);
    m_profiles->addWidget(m_suspect);
    connect(m_victim, &ProfileEditor::saved, this, &PeopleTab::changed);
    connect(m_suspect, &ProfileEditor::saved, this, &PeopleTab::changed);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_loadError);
    leftLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("peopleSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_profiles);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    showProfileFor(-1);
}

PeopleTab::~PeopleTab() = default;

void PeopleTab::setCase(const QString& caseUuid) {
    runGuarded(this, [&] {
        if (caseUuid != m_caseUuid) {
            resolveUnsavedProfile(false);
            m_caseUuid = caseUuid;
            m_view->clearSelection();
            showProfileFor(-1);
        }
        reload();
    });
}

void PeopleTab::reload() {
    m_loadError->hide();
    if (m_caseUuid.isEmpty()) {
        m_model->setParties({});
        showProfileFor(-1);
        return;
    }
    auto parties = m_ws.cases.parties(ss(m_caseUuid));
    if (!parties) {
        m_loadError->setText(TabText::errorSentence(parties.error()));
        m_loadError->show();
        return;
    }
    m_restoringSelection = true;
    m_model->setParties(std::move(parties).value());
    // Keep the selection on the person whose profile is open; if that role is gone (removed
    // elsewhere), close the profile.
    const int shown = profileRow();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (shown >= 0 && (!current.isValid() || current.row() != shown))
        m_view->selectionModel()->setCurrentIndex(m_model->index(shown, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    m_restoringSelection = false;
    if (shown < 0 && !m_profilePerson.isEmpty())
        showProfileFor(-1);
    const bool any = m_view->selectionModel()->currentIndex().isValid();
    m_remove->setEnabled(any);
    m_open->setEnabled(any);
}

int PeopleTab::profileRow() const {
    if (m_profilePerson.isEmpty())
        return -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(CasePartyModel::PersonUuidRole).toString() == m_profilePerson &&
            index.data(CasePartyModel::RoleCodeRole).toString() == m_profileRole)
            return row;
    }
    return -1;
}

void PeopleTab::selectionChanged() {
    if (m_restoringSelection)
        return;
    runGuarded(this, [&] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        m_remove->setEnabled(current.isValid());
        m_open->setEnabled(current.isValid());
        const int shown = profileRow();
        if (current.isValid() && current.row() == shown)
            return;
        if (!resolveUnsavedProfile(true)) {
            // Stay on the person whose edits are pending.
            m_restoringSelection = true;
            m_view->selectionModel()->setCurrentIndex(m_model->index(shown, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            m_restoringSelection = false;
            return;
        }
        showProfileFor(current.row());
    });
}

void PeopleTab::showProfileFor(int row) {
    m_profilePerson.clear();
    m_profileRole.clear();
    if (row < 0 || row >= m_model->rowCount()) {
        m_noProfile->setText(m_caseUuid.isEmpty() ? QString()
                                                  : tr("Select a victim or a suspect to see their profile in this case."));
        m_profiles->setCurrentWidget(m_noProfile);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    const QString person = index.data(CasePartyModel::PersonUuidRole).toString();
    const QString role = index.data(CasePartyModel::RoleCodeRole).toString();
    const QString name = index.data(Qt::DisplayRole).toString();
    m_profilePerson = person;
    m_profileRole = role;
    if (role == QLatin1String("Victim")) {
        m_victim->setTarget(m_caseUuid, person, name);
        m_profiles->setCurrentWidget(m_victim);
    } else if (role == QLatin1String("Suspect")) {
        m_suspect->setTarget(m_caseUuid, person, name);
        m_profiles->setCurrentWidget(m_suspect);
    } else {
        m_noProfile->setText(tr("Witnesses and other people have no victim or suspect profile in a case."));
        m_profiles->setCurrentWidget(m_noProfile);
    }
}

bool PeopleTab::resolveUnsavedProfile(bool allowCancel) {
    ProfileEditor* editor = nullptr;
    if (m_profiles->currentWidget() == m_victim && m_victim->isDirty())
        editor = m_victim;
    else if (m_profiles->currentWidget() == m_suspect && m_suspect->isDirty())
        editor = m_suspect;
    if (!editor)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved profile"),
                    tr("The profile you are editing has changes that are not saved."), QMessageBox::NoButton, this);
    QPushButton* save = box.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    QPushButton* stay = allowCancel ? box.addButton(tr("Keep editing"), QMessageBox::RejectRole) : nullptr;
    box.setDefaultButton(save);
    box.exec();
    if (box.clickedButton() == save)
        return editor->save() || !allowCancel;
    if (box.clickedButton() == discard) {
        editor->revert();
        return true;
    }
    return stay == nullptr;
}

void PeopleTab::selectPerson(const QString& personUuid, const QString& role) {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(CasePartyModel::PersonUuidRole).toString() == personUuid &&
            (role.isEmpty() || index.data(CasePartyModel::RoleCodeRole).toString() == role)) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void PeopleTab::addExisting() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new PersonSearchDialog(m_ws, m_caseUuid, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            runGuarded(this, [&] {
                reload();
                selectPerson(dialog->addedPersonUuid(), {});
                emit changed();
            });
        });
        dialog->open();
    });
}

void PeopleTab::addNew() {
    if (m_caseUuid.isEmpty())
        return;
    runGuarded(this, [&] {
        auto* dialog = new NewPersonDialog(m_ws, m_caseUuid, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            runGuarded(this, [&] {
                reload();
                selectPerson(dialog->addedPersonUuid(), {});
                emit changed();
            });
        });
        dialog->open();
    });
}

void PeopleTab::removeSelected() {
    runGuarded(this, [&] {
        const QModelIndex current = m_view->selectionModel()->currentIndex();
        if (!current.isValid())
            return;
        const QString person = current.siblingAtColumn(0).data(CasePartyModel::PersonUuidRole).toString();
        const QString role = current.siblingAtColumn(0).data(CasePartyModel::RoleCodeRole).toString();
        const QString name = current.siblingAtColumn(CasePartyModel::NameColumn).data().toString();
        const QString roleText = current.siblingAtColumn(CasePartyModel::RoleColumn).data().toString();
        QString question = tr("Remove %1 as %2 from this case? The person stays on file.").arg(name, roleText);
        if (role == QLatin1String("Victim") || role == QLatin1String("Suspect"))
            question += QLatin1Char('\n') + tr("Their profile in this case is removed with the role.");
        if (QMessageBox::question(this, tr("Remove from case"), question, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No) != QMessageBox::Yes)
            return;
        const Status removed = m_ws.cases.removeParty(ss(m_caseUuid), ss(person), ss(role));
        if (!removed) {
            QMessageBox::warning(this, tr("Remove from case"), TabText::errorSentence(removed.error()));
            return;
        }
        // The profile went with the role: nothing left to save.
        if (profileRow() == current.row())
            showProfileFor(-1);
        reload();
        emit changed();
    });
}

void PeopleTab::openSelected() {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        emit personRequested(current.siblingAtColumn(0).data(CasePartyModel::PersonUuidRole).toString());
}

}  // namespace lintas::ui
