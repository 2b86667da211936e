#include "security/UsersPage.h"

#include "common/ErrorText.h"
#include "common/Guard.h"
#include "lintas/security/Keyring.h"
#include "lintas/service/Workspace.h"
#include "security/SecurityText.h"
#include "security/UserDialog.h"
#include "security/UserTableModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lintas::ui {
namespace {

/// Runs a slow key operation (Argon2id takes about a second) under a busy cursor.
template <typename Action>
auto busy(Action&& action) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = std::forward<Action>(action)();
    QApplication::restoreOverrideCursor();
    return result;
}

QString nameOf(const security::User& user) {
    return QString::fromStdString(user.displayName.empty() ? user.username : user.displayName);
}

}  // namespace

UsersPage::UsersPage(Workspace& workspace, QWidget* parent) : Page(workspace, parent) {
    setObjectName(QStringLiteral("usersPage"));

    auto* title = new QLabel(tr("Users"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Each person who works with this database has their own account. Their roles decide "
                                "what they can see and do; every change here is recorded in the audit log."),
                             this);
    intro->setWordWrap(true);

    m_add = new QPushButton(tr("&Add user…"), this);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_roles = new QPushButton(tr("Change &roles…"), this);
    m_roles->setObjectName(QStringLiteral("changeRolesButton"));
    m_reset = new QPushButton(tr("Set new &password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable = new QPushButton(tr("&Disable…"), this);
    m_disable->setObjectName(QStringLiteral("disableUserButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_roles);
    actions->addWidget(m_reset);
    actions->addWidget(m_disable);
    actions->addStretch();

    m_model = new UserTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(UserTableModel::UsernameColumn, 160);
    m_view->horizontalHeader()->resizeSection(UserTableModel::DisplayNameColumn, 220);
    m_view->horizontalHeader()->resizeSection(UserTableModel::RolesColumn, 340);
    m_view->horizontalHeader()->resizeSection(UserTableModel::ActiveColumn, 90);
    m_view->setWordWrap(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("usersError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { addUser(); }); });
    connect(m_roles, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { changeRolesOfSelected(); }); });
    connect(m_reset, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { resetPasswordOfSelected(); }); });
    connect(m_disable, &QPushButton::clicked, this, [this] { runGuarded(this, [this] { disableSelected(); }); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::updateActions);
    connect(m_view, &QTableView::activated, this, [this] { runGuarded(this, [this] { changeRolesOfSelected(); }); });

    reload();
}

void UsersPage::reload() {
    runGuarded(this, [this] {
        const QString current = m_view->currentIndex().data(UserTableModel::UuidRole).toString();
        auto users = workspace().users.list();
        if (!users) {
            m_model->setUsers({});
            showError(SecurityText::problem(users.error()));
        } else {
            m_model->setUsers(std::move(users).value());
            showError({});
        }
        selectUser(current);
        updateActions();
    });
}

int UsersPage::selectedRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void UsersPage::selectUser(const QString& uuid) {
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void UsersPage::updateActions() {
    const security::User* user = m_model->userAt(selectedRow());
    const bool active = user && user->active;
    m_roles->setEnabled(active);
    m_reset->setEnabled(active);
    m_disable->setEnabled(active);
}

void UsersPage::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

UserDialog* UsersPage::addUser() {
    auto* dialog = new UserDialog(UserDialog::Mode::Add, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setCheck([this](const UserDialog& d) -> QString {
        std::string password = d.newPassword().toStdString();
        std::string confirm = d.confirmPassword().toStdString();
        auto created = busy([&] {
            return workspace().users.create(d.username().toStdString(), d.displayName().toStdString(), d.roles(),
                                            password, confirm);
        });
        security::wipeString(password);
        security::wipeString(confirm);
        if (!created)
            return SecurityText::problem(created.error());
        const int row = m_model->upsert(*created);
        m_view->setCurrentIndex(m_model->index(row, 0));
        showError({});
        //: %1 is a user name.
        emit statusMessage(tr("User %1 added.").arg(QString::fromStdString(created->username)));
        emit dataChanged();
        return {};
    });
    dialog->open();
    return dialog;
}

UserDialog* UsersPage::changeRolesOfSelected() {
    const security::User* selected = m_model->userAt(selectedRow());
    if (!selected || !selected->active)
        return nullptr;
    const security::User user = *selected;
    auto* dialog = new UserDialog(UserDialog::Mode::ChangeRoles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setUser(user);
    dialog->setCheck([this, user](const UserDialog& d) -> QString {
        const Status changed = workspace().users.setRoles(user.uuid, d.roles());
        if (!changed)
            return SecurityText::problem(changed.error());
        auto stored = workspace().users.get(user.uuid);
        if (stored)
            m_model->upsert(*stored);
        else
            reload();
        //: %1 names a user.
        emit statusMessage(tr("Roles of %1 changed.").arg(nameOf(user)));
        emit dataChanged();
        return {};
    });
    dialog->open();
    return dialog;
}

UserDialog* UsersPage::resetPasswordOfSelected() {
    const security::User* selected = m_model->userAt(selectedRow());
    if (!selected || !selected->active)
        return nullptr;
    const security::User user = *selected;
    auto* dialog = new UserDialog(UserDialog::Mode::ResetPassword, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setUser(user);
    dialog->setCheck([this, user](const UserDialog& d) -> QString {
        std::string password = d.newPassword().toStdString();
        std::string confirm = d.confirmPassword().toStdString();
        const Status reset = busy([&] { return workspace().users.resetPassword(user.uuid, password, confirm); });
        security::wipeString(password);
        security::wipeString(confirm);
        if (!reset)
            return SecurityText::problem(reset.error());
        //: %1 names a user.
        emit statusMessage(tr("New password set for %1.").arg(nameOf(user)));
        return {};
    });
    dialog->open();
    return dialog;
}

QMessageBox* UsersPage::disableSelected() {
    const security::User* selected = m_model->userAt(selectedRow());
    if (!selected || !selected->active)
        return nullptr;
    const security::User user = *selected;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Disable this user?"),
                                //: %1 names a user.
                                tr("Disable %1?").arg(nameOf(user)), QMessageBox::NoButton, this);
    box->setInformativeText(tr("They will no longer be able to sign in: their key to the database is removed. Their "
                               "name stays in the audit log. To let them work again, add a new account."));
    box->setObjectName(QStringLiteral("disableUserConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* disable = box->addButton(tr("Disable"), QMessageBox::DestructiveRole);
    disable->setObjectName(QStringLiteral("disableUserConfirmButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(disable, &QPushButton::clicked, this, [this, user] {
        runGuarded(this, [&] {
            const Status disabled = workspace().users.disable(user.uuid);
            if (!disabled) {
                showError(SecurityText::problem(disabled.error()));
                return;
            }
            showError({});
            reload();
            //: %1 names a user.
            emit statusMessage(tr("%1 can no longer sign in.").arg(nameOf(user)));
            emit dataChanged();
        });
    });
    box->open();
    return box;
}

}  // namespace lintas::ui
