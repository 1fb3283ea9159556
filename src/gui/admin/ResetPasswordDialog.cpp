#include "ResetPasswordDialog.h"

#include "AdminUi.h"
#include "gui/setup/PasswordBytes.h"
#include "storage/DataStore.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::gui {

ResetPasswordDialog::ResetPasswordDialog(storage::Workspace& workspace, const std::vector<core::UserAccount>& accounts,
                                         const QString& selectedUserName, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_user(new QComboBox(this))
    , m_recoveryKey(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_message(admin::messageLabel(QStringLiteral("resetPasswordMessageLabel"), this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset a password with the recovery key"));
    m_user->setObjectName(QStringLiteral("userComboBox"));
    m_user->setAccessibleName(tr("User whose password is reset"));
    for (const core::UserAccount& account : m_accounts) {
        m_user->addItem(account.userName);
    }
    if (const int index = m_user->findText(selectedUserName); index >= 0) {
        m_user->setCurrentIndex(index);
    }
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyLineEdit"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    // Shown while typed (it is long), hidden once the field is left.
    m_recoveryKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_password->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_password->setAccessibleName(tr("New password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmPasswordLineEdit"));
    m_confirm->setAccessibleName(tr("New password again"));
    m_confirm->setEchoMode(QLineEdit::Password);

    auto* explanation = new QLabel(
        tr("For someone who forgot their password: type the recovery key written down when the database was "
           "created, and a new password for them. This signs nobody in: you stay signed in as yourself, and they "
           "sign in with the new password. Every use of the recovery key is recorded."),
        this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Recovery &key:"), m_recoveryKey);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("New password &again:"), m_confirm);
    QDialogButtonBox* buttons
        = admin::dialogButtons(this, tr("&Set new password"), QStringLiteral("resetPasswordOkPushButton"));
    m_ok = buttons->findChild<QPushButton*>(QStringLiteral("resetPasswordOkPushButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_recoveryKey, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, &ResetPasswordDialog::updateInputState);
    }
    updateInputState();
    m_recoveryKey->setFocus();
}

QString ResetPasswordDialog::userName() const
{
    return m_user->currentText();
}

QString ResetPasswordDialog::inputProblem() const
{
    if (m_user->currentIndex() < 0) {
        return tr("Choose the user.");
    }
    if (m_recoveryKey->text().trimmed().isEmpty()) {
        return tr("Type the recovery key.");
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

void ResetPasswordDialog::updateInputState()
{
    const QString problem = inputProblem();
    m_ok->setEnabled(problem.isEmpty());
    const bool started = !m_password->text().isEmpty() || !m_confirm->text().isEmpty();
    admin::showMessage(m_message, started ? problem : QString(), false);
}

void ResetPasswordDialog::accept()
{
    if (!inputProblem().isEmpty()) {
        return;
    }
    const QString user = userName();
    auto recovered = [&] {
        const PasswordBytes password(m_password->text());
        BusyCursor busy; // Argon2id takes a moment
        return storage::DataStore::recover(m_workspace.session().path(), m_recoveryKey->text(), user, password.view(),
                                           storage::KdfParams::fromEnvironment(), m_workspace.context().clock);
    }();
    if (!recovered) {
        admin::showMessage(m_message, recovered.error().userMessage, true);
        m_recoveryKey->setFocus();
        return;
    }
    // recover() signs the user in on a second connection of this process: close it
    // now (it shares the lock file, so the administrator's session keeps it).
    const QString uuid = (*recovered)->user().uuid;
    (*recovered)->lock();
    recovered->reset();
    m_recoveryKey->clear();
    m_password->clear();
    m_confirm->clear();
    (void)m_workspace.audit().record(m_workspace.user(), QStringLiteral("user.recover"), QStringLiteral("user"), uuid,
                                     {QStringLiteral("password")});
    QDialog::accept();
}

} // namespace relais::gui
