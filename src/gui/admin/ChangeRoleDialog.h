#pragma once

#include "core/UserAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// Another account's role. Accepting changes it (storage::DataStore::changeRole,
// which refuses your own account and the last administrator) and records it in
// the audit trail; a refusal is shown in the dialog.
class ChangeRoleDialog final : public QDialog
{
    Q_OBJECT
public:
    ChangeRoleDialog(storage::Workspace& workspace, const core::UserAccount& account, QWidget* parent = nullptr);

    void accept() override;

private:
    storage::Workspace& m_workspace;
    core::UserAccount m_account;
    QComboBox* m_role = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::gui
