#include "SetupWizard.h"

#include "PasswordBytes.h"
#include "WizardPage.h"
#include "gui/ClipboardGuard.h"
#include "i18n/Translations.h"
#include "storage/DataStore.h"
#include "ui_SetupWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStandardPaths>

namespace relais::gui {

SetupWizard::SetupWizard(const core::Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::SetupWizard>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    ClipboardGuard::instance(); // the recovery key, once copied, leaves the clipboard after 30 s
    setUpPages();
}

SetupWizard::~SetupWizard() = default;

QString SetupWizard::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SetupWizard::databasePathIn(const QString& folder)
{
    return QDir::cleanPath(QDir(folder.trimmed()).absoluteFilePath(QStringLiteral("relais.db")));
}

QString SetupWizard::administratorUserName() const
{
    return m_ui->userNameLineEdit->text().trimmed();
}

void SetupWizard::setUpPages()
{
    // Organisation.
    m_ui->organisationPage->setCompleteCheck(
        [this] { return !m_ui->organisationLineEdit->text().trimmed().isEmpty(); });
    connect(m_ui->organisationLineEdit, &QLineEdit::textChanged, m_ui->organisationPage, &WizardPage::refreshComplete);

    // Data folder.
    m_ui->dataFolderLineEdit->setText(QDir::toNativeSeparators(defaultDataFolder()));
    m_ui->dataFolderPage->setCompleteCheck([this] { return !m_ui->dataFolderLineEdit->text().trimmed().isEmpty(); });
    connect(m_ui->dataFolderLineEdit, &QLineEdit::textChanged, this, &SetupWizard::updateDatabasePathLabel);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &SetupWizard::browseDataFolder);
    updateDatabasePathLabel();

    // First administrator: the store's own rules decide what is valid.
    m_ui->administratorPage->setCompleteCheck([this] { return administratorProblem().isEmpty(); });
    for (QLineEdit* edit : {m_ui->userNameLineEdit, m_ui->passwordLineEdit, m_ui->confirmPasswordLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SetupWizard::updateAdministratorMessage);
    }

    // Recovery key: the store is created when this page opens.
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.5);
    keyFont.setBold(true);
    m_ui->recoveryKeyLineEdit->setFont(keyFont);
    // 13 groups of 4 letters and 12 dashes, with some room around them.
    m_ui->recoveryKeyLineEdit->setMinimumWidth(QFontMetrics(keyFont).horizontalAdvance(QString(68, QLatin1Char('W'))));
    m_ui->recoveryKeyPage->setInitializer([this] { createStore(); });
    m_ui->recoveryKeyPage->setCompleteCheck(
        [this] { return !m_databasePath.isEmpty() && m_ui->recoveryKeyWrittenCheckBox->isChecked(); });
    connect(m_ui->recoveryKeyWrittenCheckBox, &QCheckBox::toggled, m_ui->recoveryKeyPage,
            &WizardPage::refreshComplete);
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &SetupWizard::copyRecoveryKey);
}

void SetupWizard::browseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"),
                                                             m_ui->dataFolderLineEdit->text());
    if (!folder.isEmpty()) {
        m_ui->dataFolderLineEdit->setText(QDir::toNativeSeparators(folder));
    }
}

void SetupWizard::updateDatabasePathLabel()
{
    const QString folder = m_ui->dataFolderLineEdit->text().trimmed();
    if (folder.isEmpty()) {
        m_ui->databasePathLabel->setText(tr("Choose a folder for the database."));
    } else {
        m_ui->databasePathLabel->setText(
            tr("The database will be %1")
                .arg(QDir::toNativeSeparators(databasePathIn(QDir::fromNativeSeparators(folder)))));
    }
    m_ui->dataFolderPage->refreshComplete();
}

QString SetupWizard::administratorProblem() const
{
    if (const QString problem = storage::DataStore::validateUserName(m_ui->userNameLineEdit->text());
        !problem.isEmpty()) {
        return problem;
    }
    const PasswordBytes password(m_ui->passwordLineEdit->text());
    if (const QString problem = storage::DataStore::validatePassword(password.view()); !problem.isEmpty()) {
        return problem;
    }
    if (m_ui->passwordLineEdit->text() != m_ui->confirmPasswordLineEdit->text()) {
        return tr("The two passwords are not the same.");
    }
    return {};
}

void SetupWizard::updateAdministratorMessage()
{
    // Nothing to say about fields still empty: the message appears once typing starts.
    const bool started = !m_ui->userNameLineEdit->text().isEmpty() || !m_ui->passwordLineEdit->text().isEmpty()
                         || !m_ui->confirmPasswordLineEdit->text().isEmpty();
    m_ui->administratorMessageLabel->setText(started ? administratorProblem() : QString());
    m_ui->administratorPage->refreshComplete();
}

void SetupWizard::createStore()
{
    m_ui->recoveryKeyWrittenCheckBox->setChecked(false);
    if (!m_databasePath.isEmpty()) {
        return; // already created; the page cannot be left backwards afterwards
    }
    const QString path = databasePathIn(QDir::fromNativeSeparators(m_ui->dataFolderLineEdit->text()));
    core::Result<storage::RecoveryKey> created = [&] {
        const PasswordBytes password(m_ui->passwordLineEdit->text());
        // The organisation's language (exports, reports) starts as the window's.
        const storage::DataStore::NewStore spec{path,
                                                m_ui->organisationLineEdit->text().trimmed(),
                                                administratorUserName(),
                                                password.view(),
                                                storage::KdfParams::fromEnvironment(),
                                                i18n::currentLanguage() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en")};
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes a moment
        auto result = storage::DataStore::create(spec, m_clock);
        QGuiApplication::restoreOverrideCursor();
        return result;
    }();
    if (!created) {
        showCreationFailure(created.error().userMessage);
        return;
    }
    m_databasePath = path;
    m_ui->passwordLineEdit->clear();
    m_ui->confirmPasswordLineEdit->clear();
    m_ui->recoveryKeyPage->setSubTitle(tr("The database is ready. Write its recovery key down before you finish."));
    m_ui->creationMessageLabel->clear();
    m_ui->creationMessageLabel->hide();
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->recoveryKeyExplanationLabel, m_ui->recoveryKeyLineEdit, m_ui->copyPushButton,
             m_ui->recoveryKeyAdviceLabel, m_ui->recoveryKeyWrittenCheckBox}) {
        widget->show();
    }
    m_ui->recoveryKeyLineEdit->setText(created->text);
    m_ui->recoveryKeyLineEdit->setCursorPosition(0);
    // The store exists now: going back to change it is no longer possible, and the
    // wizard can only be left by confirming that the key was written down.
    m_ui->administratorPage->setCommitPage(true);
    setOption(QWizard::NoCancelButton, true);
    m_ui->recoveryKeyWrittenCheckBox->setFocus();
    m_ui->recoveryKeyPage->refreshComplete();
}

void SetupWizard::showCreationFailure(const QString& message)
{
    m_ui->recoveryKeyPage->setSubTitle(
        tr("Nothing was created. Go back to change the folder or the administrator, then try again."));
    m_ui->creationMessageLabel->setText(message);
    m_ui->creationMessageLabel->show();
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->recoveryKeyExplanationLabel, m_ui->recoveryKeyLineEdit, m_ui->copyPushButton,
             m_ui->recoveryKeyAdviceLabel, m_ui->recoveryKeyWrittenCheckBox}) {
        widget->hide();
    }
    m_ui->recoveryKeyPage->refreshComplete();
}

void SetupWizard::copyRecoveryKey()
{
    ClipboardGuard::instance().copy(m_ui->recoveryKeyLineEdit->text());
}

void SetupWizard::reject()
{
    if (!m_databasePath.isEmpty()) {
        return; // the key is on screen for the last time: leave only through Finish
    }
    QWizard::reject();
}

void SetupWizard::done(int result)
{
    // The recovery key must not outlive the wizard in the clipboard of a shared computer.
    ClipboardGuard::instance().clearNow();
    m_ui->recoveryKeyLineEdit->clear();
    QWizard::done(result);
}

} // namespace relais::gui
