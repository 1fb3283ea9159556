// First run, sign-in and recovery driven through the real widgets: the set-up
// wizard, the sign-in screen's back-off and "forgot password" with the recovery key.
#include "TestSupport.h"
#include "gui/UnlockWidget.h"
#include "gui/setup/RecoveryDialog.h"
#include "gui/setup/SetupWizard.h"
#include "storage/DataStore.h"
#include "storage/KeyVault.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

constexpr const char* kNewAdmin = "coordination";
constexpr const char* kNewAdminPassword = "un mot de passe solide";

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void click(QAbstractButton* button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks a check box's indicator (its centre may lie past the end of its text).
void toggle(QCheckBox* box)
{
    REQUIRE(box->isEnabled());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

// Replaces a line edit's text as typing would (QTest::keyClicks cannot type accents).
void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    edit->insert(text);
}

struct WizardOutcome
{
    QString databasePath;
    QString recoveryKey;
};

// Fills the first three pages like a user would and moves on to the recovery key
// page, where the store is created.
void fillWizardUpToRecoveryKey(gui::SetupWizard& wizard, const QString& folder)
{
    REQUIRE(wizard.currentId() == gui::SetupWizard::OrganisationPageId);
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled());
    child<QLineEdit>(wizard, "organisationLineEdit")->setText(QString::fromUtf8(test::kOrganisation));
    click(next);

    REQUIRE(wizard.currentId() == gui::SetupWizard::DataFolderPageId);
    CHECK_FALSE(child<QLineEdit>(wizard, "dataFolderLineEdit")->text().isEmpty()); // a default is proposed
    retype(child<QLineEdit>(wizard, "dataFolderLineEdit"), folder);
    CHECK(child<QLabel>(wizard, "databasePathLabel")->text().contains(QStringLiteral("relais.db")));
    click(next);

    REQUIRE(wizard.currentId() == gui::SetupWizard::AdministratorPageId);
    QTest::keyClicks(child<QLineEdit>(wizard, "userNameLineEdit"), QString::fromLatin1(kNewAdmin));
    QTest::keyClicks(child<QLineEdit>(wizard, "passwordLineEdit"), QStringLiteral("court"));
    CHECK_FALSE(next->isEnabled());
    CHECK(child<QLabel>(wizard, "administratorMessageLabel")->text()
          == storage::DataStore::validatePassword("court"));
    retype(child<QLineEdit>(wizard, "passwordLineEdit"), QString::fromLatin1(kNewAdminPassword));
    QTest::keyClicks(child<QLineEdit>(wizard, "confirmPasswordLineEdit"), QStringLiteral("un mot de passe"));
    CHECK_FALSE(next->isEnabled());
    CHECK(child<QLabel>(wizard, "administratorMessageLabel")->text().contains(QStringLiteral("not the same")));
    retype(child<QLineEdit>(wizard, "confirmPasswordLineEdit"), QString::fromLatin1(kNewAdminPassword));
    CHECK(child<QLabel>(wizard, "administratorMessageLabel")->text().isEmpty());
    click(next);
    REQUIRE(wizard.currentId() == gui::SetupWizard::RecoveryKeyPageId);
}

// Runs the whole wizard and returns what it created and the key it showed.
WizardOutcome runWizard(const QString& folder, const core::Clock& clock)
{
    gui::SetupWizard wizard(clock);
    wizard.show();
    fillWizardUpToRecoveryKey(wizard, folder);
    WizardOutcome outcome;
    outcome.recoveryKey = child<QLineEdit>(wizard, "recoveryKeyLineEdit")->text();
    toggle(child<QCheckBox>(wizard, "recoveryKeyWrittenCheckBox"));
    click(wizard.button(QWizard::FinishButton));
    REQUIRE(wizard.result() == QDialog::Accepted);
    outcome.databasePath = wizard.databasePath();
    return outcome;
}

// Signs in on a fresh sign-in screen; returns the workspace, or null with the message shown.
std::unique_ptr<storage::Workspace> signInOnScreen(const QString& path, const core::Clock& clock, const QString& user,
                                                   const QString& password, QString* message = nullptr)
{
    gui::UnlockWidget unlock(clock);
    unlock.setDatabasePath(path);
    unlock.show();
    QSignalSpy signedIn(&unlock, &gui::UnlockWidget::signedIn);
    unlock.setUserName(user);
    QTest::keyClicks(child<QLineEdit>(unlock, "passwordLineEdit"), password);
    click(child<QPushButton>(unlock, "signInPushButton"));
    if (message) {
        *message = child<QLabel>(unlock, "messageLabel")->text();
    }
    if (signedIn.count() != 1) {
        return nullptr;
    }
    return unlock.takeWorkspace();
}

} // namespace

TEST_CASE("The set-up wizard creates the database, shows a 13-group recovery key once, and its admin can sign in",
          "[gui][setup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    test::MockClock clock;
    const QString folder = dir.filePath(QStringLiteral("Relais données"));

    gui::SetupWizard wizard(clock);
    wizard.show();
    fillWizardUpToRecoveryKey(wizard, folder);

    auto* key = child<QLineEdit>(wizard, "recoveryKeyLineEdit");
    const QString shownKey = key->text();
    CHECK(key->isReadOnly());
    CHECK(shownKey.split(QLatin1Char('-')).size() == 13);
    for (const QString& group : shownKey.split(QLatin1Char('-'))) {
        CHECK(group.size() == 4);
    }
    CHECK(child<QLabel>(wizard, "recoveryKeyExplanationLabel")->isVisible());

    // The store is on disk now: no way back, and no Finish before the confirmation.
    const QString expectedPath = QDir(folder).filePath(QStringLiteral("relais.db"));
    CHECK(QFile::exists(expectedPath));
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.reject(); // Escape is ignored while the key is on screen
    CHECK(wizard.isVisible());

    click(child<QPushButton>(wizard, "copyPushButton"));
    CHECK(QGuiApplication::clipboard()->text() == shownKey);

    auto* written = child<QCheckBox>(wizard, "recoveryKeyWrittenCheckBox");
    toggle(written);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    toggle(written);
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    toggle(written);
    click(wizard.button(QWizard::FinishButton));

    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.databasePath() == expectedPath);
    CHECK(wizard.administratorUserName() == QString::fromLatin1(kNewAdmin));
    CHECK(QFile::exists(storage::KeyVault::slotsPathFor(expectedPath)));
    CHECK(QGuiApplication::clipboard()->text() != shownKey); // not left behind on a shared computer

    auto workspace = signInOnScreen(wizard.databasePath(), clock, QString::fromLatin1(kNewAdmin),
                                    QString::fromLatin1(kNewAdminPassword));
    REQUIRE(workspace != nullptr);
    CHECK(workspace->user().userName == QString::fromLatin1(kNewAdmin));
    CHECK(workspace->user().role == core::Role::Admin);
    workspace->close();
}

TEST_CASE("The set-up wizard shows the store's refusal over an existing database, changes nothing and lets the user "
          "go back to another folder",
          "[gui][setup]")
{
    test::TempStore existing;
    const QByteArray before = test::fileHash(existing.path);
    gui::SetupWizard wizard(existing.clock);
    wizard.show();
    fillWizardUpToRecoveryKey(wizard, existing.dir.path());

    auto* message = child<QLabel>(wizard, "creationMessageLabel");
    CHECK(message->text().contains(QStringLiteral("already exists")));
    CHECK_FALSE(child<QLineEdit>(wizard, "recoveryKeyLineEdit")->isVisible());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK(wizard.databasePath().isEmpty());
    CHECK(test::fileHash(existing.path) == before);

    click(wizard.button(QWizard::BackButton));
    click(wizard.button(QWizard::BackButton));
    REQUIRE(wizard.currentId() == gui::SetupWizard::DataFolderPageId);
    const QString otherFolder = existing.dir.filePath(QStringLiteral("autre"));
    retype(child<QLineEdit>(wizard, "dataFolderLineEdit"), otherFolder);
    click(wizard.button(QWizard::NextButton));
    // The passwords were kept while going back and forth.
    click(wizard.button(QWizard::NextButton));
    REQUIRE(wizard.currentId() == gui::SetupWizard::RecoveryKeyPageId);
    CHECK(child<QLineEdit>(wizard, "recoveryKeyLineEdit")->text().split(QLatin1Char('-')).size() == 13);
    CHECK(wizard.databasePath() == QDir(otherFolder).filePath(QStringLiteral("relais.db")));
    CHECK(test::fileHash(existing.path) == before);
}

TEST_CASE("Forgot password: the key shown by the wizard sets a new password, signs the user in, and the old password "
          "then fails",
          "[gui][setup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    test::MockClock clock;
    const WizardOutcome created = runWizard(dir.path(), clock);
    REQUIRE(QFile::exists(created.databasePath));

    gui::UnlockWidget unlock(clock);
    unlock.setDatabasePath(created.databasePath);
    unlock.show();
    QSignalSpy signedIn(&unlock, &gui::UnlockWidget::signedIn);
    unlock.setUserName(QString::fromLatin1(kNewAdmin));
    click(child<QPushButton>(unlock, "forgotPasswordPushButton"));

    auto* dialog = unlock.findChild<gui::RecoveryDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    CHECK(child<QLineEdit>(*dialog, "userNameLineEdit")->text() == QString::fromLatin1(kNewAdmin));
    auto* recover = child<QPushButton>(*dialog, "recoverPushButton");
    CHECK_FALSE(recover->isEnabled());
    QTest::keyClicks(child<QLineEdit>(*dialog, "recoveryKeyLineEdit"), created.recoveryKey.toLower());
    QTest::keyClicks(child<QLineEdit>(*dialog, "newPasswordLineEdit"), QStringLiteral("nouveau mot de passe"));
    CHECK_FALSE(recover->isEnabled()); // not repeated yet
    QTest::keyClicks(child<QLineEdit>(*dialog, "confirmPasswordLineEdit"), QStringLiteral("nouveau mot de passe"));
    click(recover);

    REQUIRE(signedIn.count() == 1);
    auto workspace = unlock.takeWorkspace();
    REQUIRE(workspace != nullptr);
    CHECK(workspace->user().userName == QString::fromLatin1(kNewAdmin));
    workspace->close();

    QString message;
    CHECK(signInOnScreen(created.databasePath, clock, QString::fromLatin1(kNewAdmin),
                         QString::fromLatin1(kNewAdminPassword), &message)
          == nullptr);
    CHECK(message == storage::VaultText::wrongCredentials());
    auto again = signInOnScreen(created.databasePath, clock, QString::fromLatin1(kNewAdmin),
                                QStringLiteral("nouveau mot de passe"));
    REQUIRE(again != nullptr);
    again->close();
}

TEST_CASE("A wrong recovery key shows the generic recovery message, keeps the dialog open and the password unchanged",
          "[gui][setup]")
{
    test::TempStore store;
    gui::RecoveryDialog dialog(store.path, store.clock);
    dialog.show();
    dialog.setUserName(QStringLiteral("admin"));
    // Well-formed (13 groups of base32 letters) but not this database's key.
    QStringList groups;
    for (int i = 0; i < 13; ++i) {
        groups << QStringLiteral("ABCD");
    }
    QTest::keyClicks(child<QLineEdit>(dialog, "recoveryKeyLineEdit"), groups.join(QLatin1Char('-')));
    QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordLineEdit"), QStringLiteral("nouveau mot de passe"));
    QTest::keyClicks(child<QLineEdit>(dialog, "confirmPasswordLineEdit"), QStringLiteral("nouveau mot de passe"));
    click(child<QPushButton>(dialog, "recoverPushButton"));

    CHECK(child<QLabel>(dialog, "messageLabel")->text() == storage::VaultText::wrongRecoveryKey());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.takeWorkspace() == nullptr);

    // A malformed key gets the same message, never a hint about what was wrong.
    retype(child<QLineEdit>(dialog, "recoveryKeyLineEdit"), QStringLiteral("not a key"));
    click(child<QPushButton>(dialog, "recoverPushButton"));
    CHECK(child<QLabel>(dialog, "messageLabel")->text() == storage::VaultText::wrongRecoveryKey());

    store.clock.advanceSeconds(60); // past the back-off the two failures may have started
    CHECK(store.signIn() != nullptr);
}

TEST_CASE("After three failed sign-ins the sign-in button waits out the back-off, counting down each second",
          "[gui][setup]")
{
    test::TempStore store;
    gui::UnlockWidget unlock(store.clock);
    unlock.setDatabasePath(store.path);
    unlock.show();
    QSignalSpy signedIn(&unlock, &gui::UnlockWidget::signedIn);
    auto* user = child<QLineEdit>(unlock, "userLineEdit");
    auto* password = child<QLineEdit>(unlock, "passwordLineEdit");
    auto* signIn = child<QPushButton>(unlock, "signInPushButton");
    auto* message = child<QLabel>(unlock, "messageLabel");
    const QString generic = storage::VaultText::wrongCredentials();

    QTest::keyClicks(user, QStringLiteral("admin"));
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QTest::keyClicks(password, QStringLiteral("pas le bon"));
        click(signIn);
        CHECK(message->text().startsWith(generic));
        CHECK(password->text().isEmpty());
    }
    CHECK_FALSE(signIn->isEnabled());
    CHECK(message->text().contains(QStringLiteral("Please wait 1 second")));

    // Return in the password field does not get around the disabled button.
    QTest::keyClicks(password, QString::fromLatin1(test::kAdminPassword));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(signedIn.isEmpty());

    store.clock.advanceSeconds(1);
    REQUIRE(QTest::qWaitFor([&] { return signIn->isEnabled(); }, 3000));
    CHECK(message->text() == generic);

    // A fourth failure doubles the wait; the label counts it down as time passes.
    QTest::keyClicks(password, QStringLiteral("toujours pas"));
    click(signIn);
    CHECK_FALSE(signIn->isEnabled());
    CHECK(message->text().contains(QStringLiteral("Please wait 2 second")));
    store.clock.advanceSeconds(1);
    REQUIRE(QTest::qWaitFor([&] { return message->text().contains(QStringLiteral("Please wait 1 second")); }, 3000));
    CHECK_FALSE(signIn->isEnabled());
    store.clock.advanceSeconds(1);
    REQUIRE(QTest::qWaitFor([&] { return signIn->isEnabled(); }, 3000));

    password->clear();
    QTest::keyClicks(password, QString::fromLatin1(test::kAdminPassword));
    click(signIn);
    REQUIRE(signedIn.count() == 1);
    auto workspace = unlock.takeWorkspace();
    REQUIRE(workspace != nullptr);
    workspace->close();
}

TEST_CASE("Switching user clears the user name and password and puts the cursor on the user name", "[gui][setup]")
{
    test::TempStore store;
    gui::UnlockWidget unlock(store.clock);
    unlock.setDatabasePath(store.path);
    unlock.show();
    unlock.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&unlock));
    auto* user = child<QLineEdit>(unlock, "userLineEdit");
    auto* password = child<QLineEdit>(unlock, "passwordLineEdit");

    unlock.setUserName(QStringLiteral("admin"));
    CHECK(password->hasFocus());
    QTest::keyClicks(password, QStringLiteral("secret"));
    unlock.switchUser();
    CHECK(user->text().isEmpty());
    CHECK(password->text().isEmpty());
    CHECK(user->hasFocus());
}
