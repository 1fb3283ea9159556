#include "RecoveryDialog.h"

#include "PasswordBytes.h"
#include "storage/DataStore.h"
#include "ui_RecoveryDialog.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

namespace relais::gui {

RecoveryDialog::RecoveryDialog(QString databasePath, const core::Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryDialog>())
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    m_ui->setupUi(this);
    m_recoverButton = m_ui->dialogButtonBox->addButton(tr("&Set new password and sign in"),
                                                       QDialogButtonBox::AcceptRole);
    m_recoverButton->setObjectName(QStringLiteral("recoverPushButton"));
    m_recoverButton->setDefault(true);
    m_ui->recoveryKeyLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    for (QLineEdit* edit : {m_ui->userNameLineEdit, m_ui->recoveryKeyLineEdit, m_ui->newPasswordLineEdit,
                            m_ui->confirmPasswordLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &RecoveryDialog::updateInputState);
    }
    updateInputState();
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::setUserName(const QString& userName)
{
    m_ui->userNameLineEdit->setText(userName);
    if (userName.isEmpty()) {
        m_ui->userNameLineEdit->setFocus();
    } else {
        m_ui->recoveryKeyLineEdit->setFocus();
    }
}

QString RecoveryDialog::inputProblem() const
{
    if (const QString problem = storage::DataStore::validateUserName(m_ui->userNameLineEdit->text());
        !problem.isEmpty()) {
        return problem;
    }
    if (m_ui->recoveryKeyLineEdit->text().trimmed().isEmpty()) {
        return tr("Type the recovery key.");
    }
    const PasswordBytes password(m_ui->newPasswordLineEdit->text());
    if (const QString problem = storage::DataStore::validatePassword(password.view()); !problem.isEmpty()) {
        return problem;
    }
    if (m_ui->newPasswordLineEdit->text() != m_ui->confirmPasswordLineEdit->text()) {
        return tr("The two passwords are not the same.");
    }
    return {};
}

void RecoveryDialog::updateInputState()
{
    const QString problem = inputProblem();
    m_recoverButton->setEnabled(problem.isEmpty());
    // Only speak up once the user has typed something the message is about.
    const bool started = !m_ui->newPasswordLineEdit->text().isEmpty()
                         || !m_ui->confirmPasswordLineEdit->text().isEmpty();
    m_ui->messageLabel->setText(started ? problem : QString());
}

void RecoveryDialog::accept()
{
    if (!inputProblem().isEmpty()) {
        return;
    }
    core::Result<std::unique_ptr<storage::Session>> session = [&] {
        const PasswordBytes password(m_ui->newPasswordLineEdit->text());
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment
        auto result = storage::DataStore::recover(m_databasePath, m_ui->recoveryKeyLineEdit->text(),
                                                  m_ui->userNameLineEdit->text().trimmed(), password.view(),
                                                  storage::KdfParams::fromEnvironment(), m_clock);
        QGuiApplication::restoreOverrideCursor();
        return result;
    }();
    if (!session) {
        m_ui->messageLabel->setText(session.error().userMessage);
        m_ui->recoveryKeyLineEdit->setFocus();
        return;
    }
    m_ui->newPasswordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    m_ui->recoveryKeyLineEdit->clear();
    auto workspace = storage::Workspace::open(std::move(*session), m_clock);
    if (!workspace) {
        // The new password is set; only the opening failed, so say so and let the user sign in later.
        m_ui->messageLabel->setText(workspace.error().userMessage);
        return;
    }
    m_workspace = std::move(*workspace);
    QDialog::accept();
}

} // namespace relais::gui
