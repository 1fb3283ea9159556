#include "AddUserDialog.h"

#include "AdminUi.h"
#include "gui/setup/PasswordBytes.h"
#include "storage/DataStore.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::gui {

AddUserDialog::AddUserDialog(storage::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_userName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_message(admin::messageLabel(QStringLiteral("addUserMessageLabel"), this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    m_userName->setObjectName(QStringLiteral("userNameLineEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_role->setAccessibleName(tr("Role"));
    for (core::Role role : {core::Role::CaseManager, core::Role::TeamLead, core::Role::Admin}) {
        m_role->addItem(core::roleLabel(role), core::roleCode(role));
    }
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmPasswordLineEdit"));
    m_confirm->setAccessibleName(tr("Password again"));
    m_confirm->setEchoMode(QLineEdit::Password);

    auto* explanation = new QLabel(tr("The new user signs in with this name and password. Give them the password "
                                      "in person; they can change it later."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_confirm);
    QDialogButtonBox* buttons = admin::dialogButtons(this, tr("&Add user"), QStringLiteral("addUserOkPushButton"));
    m_ok = buttons->findChild<QPushButton*>(QStringLiteral("addUserOkPushButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_userName, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::updateInputState);
    }
    updateInputState();
}

QString AddUserDialog::inputProblem() const
{
    if (const QString problem = storage::DataStore::validateUserName(m_userName->text()); !problem.isEmpty()) {
        return problem;
    }
    const PasswordBytes password(m_password->text());
    if (const QString problem = storage::DataStore::validatePassword(password.view()); !problem.isEmpty()) {
        return problem;
    }
    if (m_password->text() != m_confirm->text()) {
        return tr("The two passwords are not the same.");
    }
    return {};
}

void AddUserDialog::updateInputState()
{
    const QString problem = inputProblem();
    m_ok->setEnabled(problem.isEmpty());
    // Speak up only once something was typed that the message is about.
    const bool started = !m_userName->text().isEmpty() || !m_password->text().isEmpty();
    admin::showMessage(m_message, started ? problem : QString(), false);
}

void AddUserDialog::accept()
{
    if (!inputProblem().isEmpty()) {
        return;
    }
    const auto role = core::roleFromCode(m_role->currentData().toString()).value_or(core::Role::CaseManager);
    core::Result<core::UserAccount> added = [&] {
        const PasswordBytes password(m_password->text());
        BusyCursor busy; // Argon2id takes a moment
        return storage::DataStore::addUser(m_workspace.session(), m_userName->text().trimmed(), role, password.view(),
                                           storage::KdfParams::fromEnvironment(), m_workspace.context().clock);
    }();
    if (!added) {
        admin::showMessage(m_message, added.error().userMessage, true);
        return;
    }
    m_password->clear();
    m_confirm->clear();
    m_added = *added;
    // As `relais user add` does: the account's UUID and which field, never the name.
    (void)m_workspace.audit().record(m_workspace.user(), QStringLiteral("user.add"), QStringLiteral("user"),
                                     m_added.uuid, {QStringLiteral("role")});
    QDialog::accept();
}

} // namespace relais::gui
