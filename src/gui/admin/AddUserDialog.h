#pragma once

#include "core/UserAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// A new account: user name, role and a first password typed twice, checked with
// the store's own rules as the user types. Accepting adds the account
// (storage::DataStore::addUser, Argon2id with the KDF settings of the
// environment, as the command line does) and records it in the audit trail; a
// refusal is shown in the dialog, which stays open.
class AddUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(storage::Workspace& workspace, QWidget* parent = nullptr);

    void accept() override;
    // The account added, once accepted.
    const core::UserAccount& addedUser() const { return m_added; }

private:
    QString inputProblem() const;
    void updateInputState();

    storage::Workspace& m_workspace;
    QLineEdit* m_userName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    core::UserAccount m_added;
};

} // namespace relais::gui
