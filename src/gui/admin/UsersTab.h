#pragma once

#include "storage/DataStore.h"

#include <QWidget>

#include <vector>

class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// User accounts, for administrators: who can sign in, with which role, since
// when. Add a user, change a role, reset a forgotten password with the recovery
// key, remove a user and then re-key the database, so that a copy of the key the
// removed user may have kept no longer opens it. The rules (who may, the last
// administrator, your own account) are storage::DataStore's; each change is
// recorded in the audit trail as the command line does.
class UsersTab final : public QWidget
{
    Q_OBJECT
public:
    explicit UsersTab(storage::Workspace& workspace, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Selects the row of `userName`; false when there is none.
    bool selectUser(const QString& userName);

public slots:
    void addUser();
    void changeRole();
    void resetPassword();
    void removeUser();
    // Asks first, explaining what a re-key does.
    void rekey();
    // Re-keys at once (the offer shown after a removal already explained it).
    void rekeyNow();

private:
    const storage::DataStore::Account* selectedAccount() const;
    void updateButtons();
    void showMessage(const QString& text, bool error);

    storage::Workspace& m_workspace;
    std::vector<storage::DataStore::Account> m_accounts;
    QTableWidget* m_table = nullptr;
    QPushButton* m_changeRole = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
    QFrame* m_rekeyOffer = nullptr;
};

} // namespace relais::gui
