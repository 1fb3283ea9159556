#include "ChangeRoleDialog.h"

#include "AdminUi.h"
#include "storage/DataStore.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relais::gui {

ChangeRoleDialog::ChangeRoleDialog(storage::Workspace& workspace, const core::UserAccount& account, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_account(account)
    , m_role(new QComboBox(this))
    , m_message(admin::messageLabel(QStringLiteral("changeRoleMessageLabel"), this))
{
    setObjectName(QStringLiteral("changeRoleDialog"));
    setWindowTitle(tr("Change role"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_role->setAccessibleName(tr("New role of %1").arg(account.userName));
    for (core::Role role : {core::Role::CaseManager, core::Role::TeamLead, core::Role::Admin}) {
        m_role->addItem(core::roleLabel(role), core::roleCode(role));
    }
    m_role->setCurrentIndex(m_role->findData(core::roleCode(account.role)));

    auto* explanation = new QLabel(tr("Case managers follow their own cases; team leads see every caseload, assign "
                                      "cases and manage programmes and lists; administrators manage accounts, "
                                      "programmes and lists and do not read notes. The new role applies from %1's "
                                      "next sign-in.")
                                       .arg(account.userName),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("User:"), new QLabel(account.userName, this));
    form->addRow(tr("&Role:"), m_role);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(admin::dialogButtons(this, tr("&Change role"), QStringLiteral("changeRoleOkPushButton")));
}

void ChangeRoleDialog::accept()
{
    const auto role = core::roleFromCode(m_role->currentData().toString()).value_or(m_account.role);
    if (role == m_account.role) {
        QDialog::reject(); // nothing to change
        return;
    }
    if (auto changed
        = storage::DataStore::changeRole(m_workspace.session(), m_account.userName, role, m_workspace.context().clock);
        !changed) {
        admin::showMessage(m_message, changed.error().userMessage, true);
        return;
    }
    (void)m_workspace.audit().record(m_workspace.user(), QStringLiteral("user.role"), QStringLiteral("user"),
                                     m_account.uuid, {QStringLiteral("role")});
    QDialog::accept();
}

} // namespace relais::gui
