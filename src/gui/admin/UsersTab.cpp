#include "UsersTab.h"

#include "AddUserDialog.h"
#include "AdminUi.h"
#include "ChangeRoleDialog.h"
#include "ResetPasswordDialog.h"
#include "gui/MessageBox.h"
#include "storage/Workspace.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais::gui {

UsersTab::UsersTab(storage::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(admin::listTable(QStringLiteral("usersTableWidget"), tr("User accounts"),
                               {tr("User name"), tr("Role"), tr("Created")}, false, this))
    , m_message(admin::messageLabel(QStringLiteral("usersMessageLabel"), this))
    , m_rekeyOffer(new QFrame(this))
{
    setObjectName(QStringLiteral("usersTab"));
    auto* add = admin::actionButton(tr("&Add user…"), QStringLiteral("addUserPushButton"), this);
    m_changeRole = admin::actionButton(tr("Change r&ole…"), QStringLiteral("changeRolePushButton"), this);
    auto* reset = admin::actionButton(tr("Reset pass&word…"), QStringLiteral("resetPasswordPushButton"), this);
    reset->setToolTip(tr("Set a new password for someone who forgot theirs, with the recovery key"));
    m_remove = admin::actionButton(tr("Re&move user…"), QStringLiteral("removeUserPushButton"), this);
    auto* rekeyButton = admin::actionButton(tr("Re-&key database…"), QStringLiteral("rekeyPushButton"), this);
    rekeyButton->setToolTip(tr("Give the database a new encryption key"));
    connect(add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersTab::changeRole);
    connect(reset, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_remove, &QPushButton::clicked, this, &UsersTab::removeUser);
    connect(rekeyButton, &QPushButton::clicked, this, &UsersTab::rekey);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersTab::updateButtons);

    // Shown after a removal: the removed user may have kept a copy of the key.
    m_rekeyOffer->setObjectName(QStringLiteral("rekeyOfferFrame"));
    m_rekeyOffer->setFrameShape(QFrame::StyledPanel);
    auto* offerText = new QLabel(tr("Re-key now: the database gets a new encryption key, so a copy of the old key "
                                    "(kept by the removed user, or left in an old key file) no longer opens it. "
                                    "Everyone else signs in as before."),
                                 m_rekeyOffer);
    offerText->setWordWrap(true);
    auto* rekeyNowButton = admin::actionButton(tr("Re-key &now"), QStringLiteral("rekeyNowPushButton"), m_rekeyOffer);
    connect(rekeyNowButton, &QPushButton::clicked, this, &UsersTab::rekeyNow);
    auto* offerLayout = new QHBoxLayout(m_rekeyOffer);
    offerLayout->addWidget(offerText, 1);
    offerLayout->addWidget(rekeyNowButton);
    m_rekeyOffer->setVisible(false);

    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {add, m_changeRole, reset, m_remove}) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    actions->addWidget(rekeyButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_rekeyOffer);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void UsersTab::showMessage(const QString& text, bool error)
{
    admin::showMessage(m_message, text, error);
}

void UsersTab::refresh()
{
    const storage::DataStore::Account* current = selectedAccount();
    const QString selected = current ? current->user.userName : QString();
    auto accounts = storage::DataStore::accounts(m_workspace.session());
    if (!accounts) {
        showMessage(accounts.error().userMessage, true);
        return;
    }
    m_accounts = *accounts;
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    for (std::size_t index = 0; index < m_accounts.size(); ++index) {
        const storage::DataStore::Account& account = m_accounts[index];
        const int row = static_cast<int>(index);
        QString name = account.user.userName;
        if (account.user.id == m_workspace.user().id) {
            name = tr("%1 (you)").arg(name);
        }
        const QStringList cells {name, core::roleLabel(account.user.role),
                                 QLocale().toString(account.createdAt.toLocalTime().date(), QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setData(Qt::UserRole, account.user.userName);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty()) {
        selectUser(selected);
    }
    updateButtons();
}

bool UsersTab::selectUser(const QString& userName)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == userName) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const storage::DataStore::Account* UsersTab::selectedAccount() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const QString userName = selected.front()->data(Qt::UserRole).toString();
    for (const storage::DataStore::Account& account : m_accounts) {
        if (account.user.userName == userName) {
            return &account;
        }
    }
    return nullptr;
}

void UsersTab::updateButtons()
{
    // Your own account can be neither removed nor given another role (the store
    // refuses both); the buttons say so before anyone tries.
    const storage::DataStore::Account* account = selectedAccount();
    const bool other = account && account->user.id != m_workspace.user().id;
    m_changeRole->setEnabled(other);
    m_remove->setEnabled(other);
}

void UsersTab::addUser()
{
    AddUserDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const core::UserAccount added = dialog.addedUser();
    refresh();
    selectUser(added.userName);
    showMessage(tr("Added %1 (%2). They can sign in now.").arg(added.userName, core::roleLabel(added.role)), false);
}

void UsersTab::changeRole()
{
    const storage::DataStore::Account* account = selectedAccount();
    if (!account) {
        return;
    }
    const QString userName = account->user.userName;
    ChangeRoleDialog dialog(m_workspace, account->user, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    refresh();
    for (const storage::DataStore::Account& changed : m_accounts) {
        if (changed.user.userName == userName) {
            showMessage(tr("%1 is now %2, from their next sign-in.").arg(userName, core::roleLabel(changed.user.role)),
                        false);
        }
    }
}

void UsersTab::resetPassword()
{
    std::vector<core::UserAccount> users;
    for (const storage::DataStore::Account& account : m_accounts) {
        users.push_back(account.user);
    }
    const storage::DataStore::Account* account = selectedAccount();
    ResetPasswordDialog dialog(m_workspace, users, account ? account->user.userName : QString(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    showMessage(tr("%1 has a new password. Nobody was signed in: you are still signed in as %2.")
                    .arg(dialog.userName(), m_workspace.user().userName),
                false);
}

void UsersTab::removeUser()
{
    const storage::DataStore::Account* account = selectedAccount();
    if (!account) {
        return;
    }
    const core::UserAccount user = account->user;
    const auto answer = MessageBox::question(
        this, tr("Remove user"),
        tr("Remove the account %1? They will no longer be able to sign in. What they recorded stays.")
            .arg(user.userName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed
        = storage::DataStore::removeUser(m_workspace.session(), user.userName, m_workspace.context().clock);
        !removed) {
        showMessage(removed.error().userMessage, true);
        return;
    }
    (void)m_workspace.audit().record(m_workspace.user(), QStringLiteral("user.remove"), QStringLiteral("user"),
                                     user.uuid, {QStringLiteral("deleted_at")});
    refresh();
    showMessage(tr("Removed %1.").arg(user.userName), false);
    m_rekeyOffer->setVisible(true);
}

void UsersTab::rekey()
{
    const auto answer = MessageBox::question(
        this, tr("Re-key database"),
        tr("Give the database a new encryption key? Every remaining account and the recovery key keep working; a "
           "copy of the old key, such as one a removed user may have kept, no longer opens the database. It takes a "
           "moment for a large database."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        rekeyNow();
    }
}

void UsersTab::rekeyNow()
{
    core::Status rekeyed = [&] {
        BusyCursor busy; // copies the whole database under the new key
        return storage::DataStore::rekey(m_workspace.session());
    }();
    if (!rekeyed) {
        showMessage(rekeyed.error().userMessage, true);
        return;
    }
    (void)m_workspace.audit().record(m_workspace.user(), QStringLiteral("database.rekey"));
    m_rekeyOffer->setVisible(false);
    showMessage(tr("The database has a new key. Old copies of the key no longer open it."), false);
}

} // namespace relais::gui
