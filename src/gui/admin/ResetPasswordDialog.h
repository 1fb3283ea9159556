#pragma once

#include "core/UserAccount.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// Resets a user's password with the organisation's recovery key (someone who
// forgot theirs). storage::DataStore::recover gives the account a new key pair and
// password and opens a session for it; that session is closed at once, so nobody
// else is signed in and the administrator's own session carries on. Recorded in
// the audit trail. A refusal (wrong key, weak password) is shown in the dialog.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(storage::Workspace& workspace, const std::vector<core::UserAccount>& accounts,
                        const QString& selectedUserName, QWidget* parent = nullptr);

    void accept() override;
    QString userName() const;

private:
    QString inputProblem() const;
    void updateInputState();

    storage::Workspace& m_workspace;
    std::vector<core::UserAccount> m_accounts;
    QComboBox* m_user = nullptr;
    QLineEdit* m_recoveryKey = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace relais::gui
