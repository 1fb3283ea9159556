#include "UnlockWidget.h"

#include "setup/PasswordBytes.h"
#include "setup/RecoveryDialog.h"
#include "storage/DataStore.h"
#include "ui_UnlockWidget.h"

#include <QFileDialog>
#include <QTimer>

namespace relais::gui {

UnlockWidget::UnlockWidget(const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UnlockWidget>())
    , m_clock(clock)
    , m_backOffTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // A sign-in form reads best narrow and centred, whatever the window's width.
    for (QWidget* field : {static_cast<QWidget*>(m_ui->databaseLineEdit), static_cast<QWidget*>(m_ui->userLineEdit),
                           static_cast<QWidget*>(m_ui->passwordLineEdit)}) {
        field->setMinimumWidth(380);
        field->setMaximumWidth(520);
    }
    m_ui->signInPushButton->setMaximumWidth(300);
    m_ui->formLayout->setFormAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_ui->formLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_ui->mainLayout->setAlignment(m_ui->signInPushButton, Qt::AlignHCenter);
    m_ui->messageLabel->setAlignment(Qt::AlignHCenter);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    m_ui->titleLabel->setFont(title);
    m_ui->browseToolButton->setAccessibleName(tr("Choose the database file"));
    m_backOffTimer->setObjectName(QStringLiteral("backOffTimer"));
    m_backOffTimer->setInterval(1000);
    connect(m_backOffTimer, &QTimer::timeout, this, &UnlockWidget::updateBackOff);
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &UnlockWidget::signIn);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &UnlockWidget::signIn);
    connect(m_ui->browseToolButton, &QToolButton::clicked, this, &UnlockWidget::browse);
    connect(m_ui->forgotPasswordPushButton, &QPushButton::clicked, this, &UnlockWidget::forgotPassword);
}

UnlockWidget::~UnlockWidget() = default;

void UnlockWidget::setDatabasePath(const QString& path)
{
    m_ui->databaseLineEdit->setText(path);
    m_ui->userLineEdit->setFocus();
    m_failureMessage.clear();
    m_ui->messageLabel->clear();
    updateBackOff();
}

void UnlockWidget::setUserName(const QString& userName)
{
    m_ui->userLineEdit->setText(userName);
    (userName.isEmpty() ? m_ui->userLineEdit : m_ui->passwordLineEdit)->setFocus();
}

void UnlockWidget::clearPassword()
{
    m_ui->passwordLineEdit->clear();
}

void UnlockWidget::switchUser()
{
    m_ui->userLineEdit->clear();
    clearPassword();
    m_failureMessage.clear();
    if (!m_backOffTimer->isActive()) {
        m_ui->messageLabel->clear();
    }
    m_ui->userLineEdit->setFocus();
}

void UnlockWidget::browse()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a Relais database"), m_ui->databaseLineEdit->text(),
                                       tr("Relais databases (*.db);;All files (*)"));
    if (!path.isEmpty()) {
        setDatabasePath(path);
    }
}

void UnlockWidget::updateBackOff()
{
    const QString path = m_ui->databaseLineEdit->text().trimmed();
    const auto wait = path.isEmpty() ? std::chrono::seconds(0) : storage::DataStore::signInWait(path, m_clock);
    if (wait.count() > 0) {
        const QString countdown = tr("Please wait %n second(s) before trying again.", nullptr,
                                     static_cast<int>(wait.count()));
        m_ui->messageLabel->setText(m_failureMessage.isEmpty() ? countdown
                                                               : m_failureMessage + QLatin1Char('\n') + countdown);
        m_ui->signInPushButton->setEnabled(false);
        if (!m_backOffTimer->isActive()) {
            m_backOffTimer->start();
        }
        return;
    }
    const bool wasWaiting = m_backOffTimer->isActive() || !m_ui->signInPushButton->isEnabled();
    m_backOffTimer->stop();
    m_ui->signInPushButton->setEnabled(true);
    if (wasWaiting) {
        m_ui->messageLabel->setText(m_failureMessage);
        m_ui->passwordLineEdit->setFocus();
    }
}

void UnlockWidget::signIn()
{
    const QString path = m_ui->databaseLineEdit->text().trimmed();
    if (storage::DataStore::signInWait(path, m_clock).count() > 0) {
        clearPassword();
        updateBackOff();
        return;
    }
    core::Result<std::unique_ptr<storage::Session>> session = [&] {
        const PasswordBytes password(m_ui->passwordLineEdit->text());
        clearPassword();
        return storage::DataStore::unlock(path, m_ui->userLineEdit->text(), password.view(), m_clock);
    }();
    if (!session) {
        m_failureMessage = session.error().userMessage;
        m_ui->messageLabel->setText(m_failureMessage);
        updateBackOff();
        return;
    }
    auto workspace = storage::Workspace::open(std::move(*session), m_clock);
    if (!workspace) {
        m_ui->messageLabel->setText(workspace.error().userMessage);
        return;
    }
    m_workspace = std::move(*workspace);
    m_failureMessage.clear();
    m_ui->messageLabel->clear();
    emit signedIn();
}

void UnlockWidget::forgotPassword()
{
    const QString path = m_ui->databaseLineEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->messageLabel->setText(tr("Choose the database file first."));
        m_ui->databaseLineEdit->setFocus();
        return;
    }
    // Window-modal and not exec()'d, so the event loop (and tests) keep running.
    auto* dialog = new RecoveryDialog(path, m_clock, this);
    dialog->setUserName(m_ui->userLineEdit->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workspace = dialog->takeWorkspace();
        clearPassword();
        m_failureMessage.clear();
        m_ui->messageLabel->clear();
        updateBackOff();
        emit signedIn();
    });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

} // namespace relais::gui
