#include "SignedInWindow.h"
#include "WorkspaceFixture.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/admin/AddUserDialog.h"
#include "gui/admin/AdministrationPage.h"
#include "gui/admin/ChangeRoleDialog.h"
#include "gui/admin/MergeEntriesDialog.h"
#include "gui/admin/ProgrammeDialog.h"
#include "gui/admin/ProgrammesTab.h"
#include "gui/admin/ReferenceListPanel.h"
#include "gui/admin/ResetPasswordDialog.h"
#include "gui/admin/UsersTab.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

// The Administration screen driven through its widgets in a signed-in window
// (offscreen): accounts, programmes, reference lists and merging duplicates.

using namespace relais;
using test::SignedInWindow;
using test::WorkspaceFixture;

namespace {

// What happened to a modal dialog a test filled in and confirmed.
struct DialogOutcome
{
    bool opened = false;
    bool accepted = false;
    QString message; // the dialog's message when it stayed open (refused)
};

// Clicks `opener`; when the dialog of type D opens, `fill` types into it and the
// button `okName` is clicked. A dialog that stays open (the service refused) is
// closed after its message is kept, so a failing test never hangs.
template <typename D>
DialogOutcome runDialog(QAbstractButton* opener, const QString& okName, std::function<void(D*)> fill)
{
    auto outcome = std::make_shared<DialogOutcome>();
    QTimer::singleShot(0, [outcome, okName, fill] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        outcome->opened = true;
        try {
            fill(dialog);
        } catch (...) {
            // A REQUIRE failed inside (already reported): never throw through Qt's event loop.
            dialog->reject();
            return;
        }
        auto* ok = dialog->template findChild<QPushButton*>(okName);
        if (ok && ok->isEnabled()) {
            QTest::mouseClick(ok, Qt::LeftButton);
        }
        if (dialog->isVisible()) {
            for (QLabel* label : dialog->template findChildren<QLabel*>()) {
                if (label->objectName().endsWith(QStringLiteral("MessageLabel"))) {
                    outcome->message = label->text();
                }
            }
            dialog->reject();
        } else {
            outcome->accepted = dialog->result() == QDialog::Accepted;
        }
    });
    REQUIRE(opener->isEnabled());
    QTest::mouseClick(opener, Qt::LeftButton);
    QCoreApplication::processEvents();
    return *outcome;
}

template <typename W> W* child(QObject* parent, const QString& name)
{
    W* found = parent->findChild<W*>(name);
    INFO("no widget named " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

gui::AdministrationPage* administration(SignedInWindow& signedIn)
{
    REQUIRE(signedIn.window.showPage(QStringLiteral("administrationPage")));
    return child<gui::AdministrationPage>(&signedIn.window, QStringLiteral("administrationPage"));
}

QStringList column(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        texts << table->item(row, column)->text();
    }
    return texts;
}

int rowOf(QTableWidget* table, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == text) {
            return row;
        }
    }
    FAIL("no row " << text.toStdString());
    return -1;
}

// Clicks a row, with Ctrl to add it to the selection.
void clickRow(QTableWidget* table, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    table->scrollToItem(table->item(row, 0));
    const QRect rect = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, rect.center());
}

std::unique_ptr<storage::Session> signInAs(SignedInWindow& signedIn, const QString& user, const char* password)
{
    auto session
        = storage::DataStore::unlock(signedIn.fixture.store.path, user, password, signedIn.fixture.store.clock);
    INFO((session ? std::string() : session.error().userMessage.toStdString()));
    REQUIRE(session);
    return std::move(*session);
}

core::UserAccount accountOf(storage::Workspace& workspace, const QString& userName)
{
    auto users = workspace.reference().users();
    REQUIRE(users);
    for (const core::UserAccount& user : *users) {
        if (user.userName == userName) {
            return user;
        }
    }
    FAIL("no user " << userName.toStdString());
    return {};
}

core::Role roleOf(storage::Workspace& workspace, const QString& userName)
{
    return accountOf(workspace, userName).role;
}

bool audited(storage::Workspace& workspace, const QString& uuid, const QString& action)
{
    auto entries = workspace.context().audit.entriesFor(uuid);
    REQUIRE(entries);
    for (const core::AuditEntry& entry : *entries) {
        if (entry.action == action) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("An administrator adds a user who can then sign in with that password", "[gui][admin]")
{
    SignedInWindow signedIn(QStringLiteral("admin"));
    gui::AdministrationPage* page = administration(signedIn);
    gui::UsersTab* users = page->usersTab();
    REQUIRE(users != nullptr);
    CHECK(column(users->table(), 0).contains(QStringLiteral("marie")));

    // A short password keeps the Add button disabled, with the store's rule shown.
    const DialogOutcome tooShort = runDialog<gui::AddUserDialog>(
        child<QPushButton>(users, QStringLiteral("addUserPushButton")), QStringLiteral("addUserOkPushButton"),
        [](gui::AddUserDialog* dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userNameLineEdit")), QStringLiteral("nadia"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")), QStringLiteral("short"));
        });
    CHECK(tooShort.opened);
    CHECK_FALSE(tooShort.accepted);
    CHECK(tooShort.message.contains(QStringLiteral("at least 8")));

    const DialogOutcome added = runDialog<gui::AddUserDialog>(
        child<QPushButton>(users, QStringLiteral("addUserPushButton")), QStringLiteral("addUserOkPushButton"),
        [](gui::AddUserDialog* dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userNameLineEdit")), QStringLiteral("nadia"));
            auto* role = child<QComboBox>(dialog, QStringLiteral("roleComboBox"));
            role->setCurrentIndex(role->findData(QStringLiteral("team_lead")));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")),
                             QStringLiteral("nadia-password"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("nadia-password"));
        });
    INFO(added.message.toStdString());
    REQUIRE(added.accepted);
    CHECK(column(users->table(), 0).contains(QStringLiteral("nadia")));
    CHECK(child<QLabel>(users, QStringLiteral("usersMessageLabel"))->text().contains(QStringLiteral("nadia")));

    // The same name twice is refused by the store, in the dialog.
    const DialogOutcome twice = runDialog<gui::AddUserDialog>(
        child<QPushButton>(users, QStringLiteral("addUserPushButton")), QStringLiteral("addUserOkPushButton"),
        [](gui::AddUserDialog* dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("userNameLineEdit")), QStringLiteral("nadia"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit")),
                             QStringLiteral("another-password"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("another-password"));
        });
    CHECK_FALSE(twice.accepted);
    CHECK(twice.message.contains(QStringLiteral("already exists")));

    auto nadia = signInAs(signedIn, QStringLiteral("nadia"), "nadia-password");
    CHECK(nadia->user().role == core::Role::TeamLead);
    CHECK(audited(*signedIn.window.workspace(), nadia->user().uuid, QStringLiteral("user.add")));
}

TEST_CASE("An administrator changes another user's role but never their own or the last administrator's",
          "[gui][admin]")
{
    SignedInWindow signedIn(QStringLiteral("admin"));
    storage::Workspace& workspace = *signedIn.window.workspace();
    gui::UsersTab* users = administration(signedIn)->usersTab();
    REQUIRE(users != nullptr);
    auto* changeRole = child<QPushButton>(users, QStringLiteral("changeRolePushButton"));

    clickRow(users->table(), rowOf(users->table(), QStringLiteral("admin (you)")));
    CHECK_FALSE(changeRole->isEnabled());

    clickRow(users->table(), rowOf(users->table(), QStringLiteral("marie")));
    const DialogOutcome promoted = runDialog<gui::ChangeRoleDialog>(
        changeRole, QStringLiteral("changeRoleOkPushButton"), [](gui::ChangeRoleDialog* dialog) {
            auto* role = child<QComboBox>(dialog, QStringLiteral("roleComboBox"));
            CHECK(role->currentData().toString() == QStringLiteral("case_manager"));
            role->setCurrentIndex(role->findData(QStringLiteral("team_lead")));
        });
    INFO(promoted.message.toStdString());
    REQUIRE(promoted.accepted);
    CHECK(roleOf(workspace, QStringLiteral("marie")) == core::Role::TeamLead);
    CHECK(users->table()->item(rowOf(users->table(), QStringLiteral("marie")), 1)->text()
          == core::roleLabel(core::Role::TeamLead));
    CHECK(audited(workspace, accountOf(workspace, QStringLiteral("marie")).uuid, QStringLiteral("user.role")));
    CHECK(signInAs(signedIn, QStringLiteral("marie"), WorkspaceFixture::kPassword)->user().role
          == core::Role::TeamLead);

    // Make marie an administrator; she then takes that role from "admin" in
    // another window. admin's window still believes it is an administrator, but
    // may not demote marie: she is now the last one.
    clickRow(users->table(), rowOf(users->table(), QStringLiteral("marie")));
    REQUIRE(runDialog<gui::ChangeRoleDialog>(changeRole, QStringLiteral("changeRoleOkPushButton"),
                                             [](gui::ChangeRoleDialog* dialog) {
                                                 auto* role = child<QComboBox>(dialog, QStringLiteral("roleComboBox"));
                                                 role->setCurrentIndex(role->findData(QStringLiteral("admin")));
                                             })
                .accepted);
    {
        auto marie = signInAs(signedIn, QStringLiteral("marie"), WorkspaceFixture::kPassword);
        REQUIRE(storage::DataStore::changeRole(*marie, QStringLiteral("admin"), core::Role::TeamLead,
                                               signedIn.fixture.store.clock));
    }
    users->refresh();
    clickRow(users->table(), rowOf(users->table(), QStringLiteral("marie")));
    const DialogOutcome lastAdmin = runDialog<gui::ChangeRoleDialog>(
        changeRole, QStringLiteral("changeRoleOkPushButton"), [](gui::ChangeRoleDialog* dialog) {
            auto* role = child<QComboBox>(dialog, QStringLiteral("roleComboBox"));
            role->setCurrentIndex(role->findData(QStringLiteral("case_manager")));
        });
    CHECK_FALSE(lastAdmin.accepted);
    CHECK(lastAdmin.message.contains(QStringLiteral("last administrator")));
    CHECK(roleOf(workspace, QStringLiteral("marie")) == core::Role::Admin);
}

TEST_CASE("Removing a user and re-keying leaves the old key unable to open the database", "[gui][admin][rekey]")
{
    SignedInWindow signedIn(QStringLiteral("admin"));
    storage::Workspace& workspace = *signedIn.window.workspace();
    const QString paulUuid = accountOf(workspace, QStringLiteral("paul")).uuid;
    gui::UsersTab* users = administration(signedIn)->usersTab();
    REQUIRE(users != nullptr);
    auto* remove = child<QPushButton>(users, QStringLiteral("removeUserPushButton"));
    auto* offer = child<QFrame>(users, QStringLiteral("rekeyOfferFrame"));
    CHECK_FALSE(offer->isVisible());

    clickRow(users->table(), rowOf(users->table(), QStringLiteral("admin (you)")));
    CHECK_FALSE(remove->isEnabled());

    clickRow(users->table(), rowOf(users->table(), QStringLiteral("paul")));
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(column(users->table(), 0).contains(QStringLiteral("paul")));

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("paul")));
    CHECK_FALSE(column(users->table(), 0).contains(QStringLiteral("paul")));
    CHECK(audited(workspace, paulUuid, QStringLiteral("user.remove")));
    REQUIRE(offer->isVisible());

    const storage::SecureBytes oldKey
        = storage::SecureBytes::copyOf(workspace.session().dataKey().data(), workspace.session().dataKey().size());
    const quint64 oldGeneration = workspace.session().generation();
    QTest::mouseClick(child<QPushButton>(users, QStringLiteral("rekeyNowPushButton")), Qt::LeftButton);
    INFO(child<QLabel>(users, QStringLiteral("usersMessageLabel"))->text().toStdString());
    REQUIRE(workspace.session().generation() == oldGeneration + 1);
    CHECK_FALSE(offer->isVisible());
    CHECK_FALSE(workspace.session().dataKey().equals(oldKey));

    // The old key opens nothing; the administrator carries on; paul cannot sign in.
    auto withOldKey
        = storage::Database::open(signedIn.fixture.store.path, oldKey, storage::Database::Mode::OpenExisting);
    REQUIRE_FALSE(withOldKey);
    CHECK(withOldKey.error().code == core::ErrorCode::Damaged);
    CHECK(workspace.reference().users());
    auto rekeys = workspace.session().db().queryInt("SELECT count(*) FROM audit_log WHERE action = 'database.rekey'");
    REQUIRE(rekeys);
    CHECK(*rekeys == 1);
    auto paul = storage::DataStore::unlock(signedIn.fixture.store.path, QStringLiteral("paul"),
                                           WorkspaceFixture::kPassword, signedIn.fixture.store.clock);
    CHECK_FALSE(paul);
    CHECK(signInAs(signedIn, QStringLiteral("marie"), WorkspaceFixture::kPassword)->generation() == oldGeneration + 1);
}

TEST_CASE("Resetting a password with the recovery key signs nobody in and keeps the administrator's session",
          "[gui][admin]")
{
    SignedInWindow signedIn(QStringLiteral("admin"));
    storage::Workspace& workspace = *signedIn.window.workspace();
    gui::UsersTab* users = administration(signedIn)->usersTab();
    REQUIRE(users != nullptr);
    clickRow(users->table(), rowOf(users->table(), QStringLiteral("marie")));
    auto* reset = child<QPushButton>(users, QStringLiteral("resetPasswordPushButton"));
    auto fill = [](const QString& key) {
        return [key](gui::ResetPasswordDialog* dialog) {
            CHECK(child<QComboBox>(dialog, QStringLiteral("userComboBox"))->currentText() == QStringLiteral("marie"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("recoveryKeyLineEdit")), key);
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newPasswordLineEdit")),
                             QStringLiteral("marie-new-password"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("confirmPasswordLineEdit")),
                             QStringLiteral("marie-new-password"));
        };
    };

    const DialogOutcome wrongKey = runDialog<gui::ResetPasswordDialog>(
        reset, QStringLiteral("resetPasswordOkPushButton"),
        fill(QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-IIIII-JJJJJ")));
    CHECK_FALSE(wrongKey.accepted);
    CHECK_FALSE(wrongKey.message.isEmpty());

    const DialogOutcome recovered = runDialog<gui::ResetPasswordDialog>(
        reset, QStringLiteral("resetPasswordOkPushButton"), fill(signedIn.fixture.store.recovery.text));
    INFO(recovered.message.toStdString());
    REQUIRE(recovered.accepted);

    // Still signed in as admin, on a working connection.
    REQUIRE(signedIn.window.workspace() == &workspace);
    CHECK(workspace.user().userName == QStringLiteral("admin"));
    CHECK_FALSE(workspace.session().isLocked());
    CHECK(workspace.reference().users());
    CHECK(audited(workspace, accountOf(workspace, QStringLiteral("marie")).uuid, QStringLiteral("user.recover")));
    CHECK(
        child<QLabel>(users, QStringLiteral("usersMessageLabel"))->text().contains(QStringLiteral("still signed in")));
    // marie signs in with the new password only.
    CHECK_FALSE(storage::DataStore::unlock(signedIn.fixture.store.path, QStringLiteral("marie"),
                                           WorkspaceFixture::kPassword, signedIn.fixture.store.clock));
    CHECK(signInAs(signedIn, QStringLiteral("marie"), "marie-new-password")->user().userName
          == QStringLiteral("marie"));
}

TEST_CASE("Two territories are merged through the reference lists and their people follow", "[gui][admin][merge]")
{
    SignedInWindow signedIn(QStringLiteral("admin"));
    storage::Workspace& workspace = *signedIn.window.workspace();
    const core::UserAccount lea = accountOf(workspace, QStringLiteral("lea"));
    auto kept = workspace.reference().territoryNamed(lea, QStringLiteral("Magog"));
    auto duplicate = workspace.reference().territoryNamed(lea, QStringLiteral("Ville de Magog"));
    auto orford = workspace.reference().territoryNamed(lea, QStringLiteral("Orford"));
    REQUIRE((kept && duplicate && orford));
    // A person recorded on the duplicate, by a case manager.
    {
        auto marieSession = signInAs(signedIn, QStringLiteral("marie"), WorkspaceFixture::kPassword);
        auto marie = storage::Workspace::open(std::move(marieSession), signedIn.fixture.store.clock);
        REQUIRE(marie);
        core::Person person;
        person.firstName = QStringLiteral("Zoé");
        person.lastName = QStringLiteral("Lambert");
        person.territoryId = duplicate->id;
        REQUIRE((*marie)->people().createPerson((*marie)->user(), person));
    }

    gui::AdministrationPage* page = administration(signedIn);
    gui::ReferenceListPanel* panel = page->showReferenceList(QStringLiteral("territories"));
    REQUIRE(panel != nullptr);
    REQUIRE(panel->isVisible());
    QTableWidget* table = panel->table();
    CHECK(column(table, 0)
          == QStringList {QStringLiteral("Magog"), QStringLiteral("Orford"), QStringLiteral("Ville de Magog")});
    auto* merge = child<QPushButton>(panel, QStringLiteral("territoriesMergePushButton"));
    clickRow(table, rowOf(table, QStringLiteral("Ville de Magog")));
    CHECK_FALSE(merge->isEnabled());
    clickRow(table, rowOf(table, QStringLiteral("Magog")), Qt::ControlModifier);
    REQUIRE(merge->isEnabled());

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    const DialogOutcome merged = runDialog<gui::MergeEntriesDialog>(
        merge, QStringLiteral("mergeEntriesOkPushButton"), [&](gui::MergeEntriesDialog* dialog) {
            auto* keep = child<QComboBox>(dialog, QStringLiteral("keepComboBox"));
            CHECK(keep->count() == 2);
            keep->setCurrentIndex(keep->findData(kept->id));
        });
    INFO(merged.message.toStdString());
    REQUIRE(merged.accepted);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("Magog")));

    CHECK(column(table, 0) == QStringList {QStringLiteral("Magog"), QStringLiteral("Orford")});
    CHECK(child<QLabel>(panel, QStringLiteral("territoriesMessageLabel"))->text().contains(QStringLiteral("Magog")));
    auto territories = workspace.reference().territories();
    REQUIRE(territories);
    CHECK(territories->size() == 2);
    auto people = workspace.people().search(workspace.user(), QStringLiteral("Lambert"));
    REQUIRE(people);
    REQUIRE(people->size() == 1);
    auto count = workspace.session().db().queryInt("SELECT count(*) FROM person WHERE territory_id = "
                                                   + std::to_string(kept->id));
    REQUIRE(count);
    CHECK(*count == 1);
}

TEST_CASE("A team lead edits programmes without the Users tab; a case manager has no Administration page",
          "[gui][admin]")
{
    SECTION("a case manager")
    {
        SignedInWindow signedIn(QStringLiteral("marie"));
        CHECK_FALSE(signedIn.window.showPage(QStringLiteral("administrationPage")));
        CHECK(signedIn.window.findChild<gui::AdministrationPage*>() == nullptr);
    }
    SECTION("a team lead")
    {
        SignedInWindow signedIn(QStringLiteral("lea"));
        gui::AdministrationPage* page = administration(signedIn);
        CHECK(page->usersTab() == nullptr);
        CHECK(page->findChild<QPushButton*>(QStringLiteral("addUserPushButton")) == nullptr);
        gui::ProgrammesTab* programmes = page->programmesTab();
        page->tabs()->setCurrentWidget(programmes);
        REQUIRE(programmes->table()->rowCount() == 1);
        CHECK(programmes->table()->item(0, 4)->text() == QStringLiteral("Default"));

        const DialogOutcome added = runDialog<gui::ProgrammeDialog>(
            child<QPushButton>(programmes, QStringLiteral("addProgrammePushButton")),
            QStringLiteral("programmeOkPushButton"), [](gui::ProgrammeDialog* dialog) {
                QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("programmeNameLineEdit")),
                                 QStringLiteral("Housing First"));
                auto* cap = child<QSpinBox>(dialog, QStringLiteral("caseloadCapSpinBox"));
                CHECK(cap->minimum() == 1);
                cap->setValue(8);
                child<QSpinBox>(dialog, QStringLiteral("maxMonthsHomelessSpinBox"))->setValue(0);
                child<QCheckBox>(dialog, QStringLiteral("residencePermitCheckBox"))->setChecked(false);
            });
        INFO(added.message.toStdString());
        REQUIRE(added.accepted);
        auto saved = signedIn.window.workspace()->reference().programmes();
        REQUIRE(saved);
        REQUIRE(saved->size() == 2);
        const core::Programme& housingFirst = saved->back();
        CHECK(housingFirst.name == QStringLiteral("Housing First"));
        CHECK(housingFirst.caseloadCap == 8);
        CHECK(housingFirst.eligibility.maxMonthsHomeless == 0);
        CHECK_FALSE(housingFirst.eligibility.requiresResidencePermit);
        CHECK_FALSE(housingFirst.isDefault);
        CHECK(column(programmes->table(), 0).contains(QStringLiteral("Housing First")));
    }
}
