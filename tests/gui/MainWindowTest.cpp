#include "SignedInWindow.h"
#include "WorkspaceFixture.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/clientfile/ClientFileWidget.h"
#include "gui/clientfile/MergePersonDialog.h"
#include "gui/contact/ContactDialog.h"
#include "gui/pages/IncomingReferralDialog.h"
#include "gui/pages/ListPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace relais;
using test::SignedInWindow;

namespace {

QStringList screens(gui::MainWindow& window)
{
    QStringList titles;
    for (int row = 0; row < window.navigation()->count(); ++row) {
        titles << window.navigation()->item(row)->text();
    }
    return titles;
}


} // namespace

TEST_CASE("Each role gets the screens of its work in the navigation", "[gui][mainwindow]")
{
    SECTION("a case manager")
    {
        SignedInWindow signedIn(QStringLiteral("marie"));
        const QStringList titles = screens(signedIn.window);
        CHECK(titles.contains(QStringLiteral("My caseload")));
        CHECK(titles.contains(QStringLiteral("Outreach contacts")));
        CHECK(titles.contains(QStringLiteral("Intake queue and waiting list")));
        CHECK_FALSE(titles.contains(QStringLiteral("Dashboard")));
        CHECK_FALSE(titles.contains(QStringLiteral("Administration")));
    }
    SECTION("a team lead")
    {
        SignedInWindow signedIn(QStringLiteral("lea"));
        const QStringList titles = screens(signedIn.window);
        CHECK(titles.contains(QStringLiteral("Dashboard")));
        CHECK(titles.contains(QStringLiteral("Reports")));
        CHECK(titles.contains(QStringLiteral("My caseload")));
    }
    SECTION("an administrator")
    {
        SignedInWindow signedIn(QStringLiteral("admin"));
        const QStringList titles = screens(signedIn.window);
        CHECK(titles.contains(QStringLiteral("Administration")));
        CHECK_FALSE(titles.contains(QStringLiteral("My caseload")));
        CHECK_FALSE(titles.contains(QStringLiteral("Outreach contacts")));
    }
}

TEST_CASE("Ctrl+K finds a person by name without accents and opens the client file", "[gui][mainwindow]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    const core::Person helene = signedIn.eligiblePerson(QStringLiteral("Hélène"), QStringLiteral("Côté"));
    signedIn.eligiblePerson(QStringLiteral("Paul"), QStringLiteral("Tremblay"));

    QTest::keyClick(&signedIn.window, Qt::Key_K, Qt::ControlModifier);
    auto* search = signedIn.window.findChild<QLineEdit*>(QStringLiteral("globalSearchLineEdit"));
    REQUIRE(search != nullptr);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("helene"));
    QCompleter* completer = search->completer();
    REQUIRE(completer->completionModel()->rowCount() == 1);
    CHECK(completer->completionModel()->index(0, 0).data().toString().contains(QStringLiteral("Hélène Côté")));
    QAbstractItemView* popup = completer->popup();
    REQUIRE(popup->isVisible());
    popup->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    gui::ClientFileWidget* file = signedIn.window.clientFile();
    REQUIRE(file != nullptr);
    CHECK(file->isFileOpen());
    CHECK(file->personId() == helene.id);
}

TEST_CASE("Ctrl+N opens the contact dialog from any screen, for the open file's person", "[gui][mainwindow]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    const core::Person zoe = signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
    auto openedDialogs = [&](const QString& pageName) {
        if (!pageName.isEmpty()) {
            REQUIRE(signedIn.window.showPage(pageName));
        }
        signedIn.window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&signedIn.window));
        int seen = 0;
        bool looked = false;
        QTimer::singleShot(0, [&] {
            if (auto* dialog = qobject_cast<gui::ContactDialog*>(QApplication::activeModalWidget())) {
                ++seen;
                dialog->reject();
            }
            looked = true;
        });
        QTest::keyClick(&signedIn.window, Qt::Key_N, Qt::ControlModifier);
        // The dialog is window-modal without its own event loop: let the check run.
        REQUIRE(QTest::qWaitFor([&] { return looked; }, 5000));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return seen;
    };
    CHECK(openedDialogs(QStringLiteral("caseloadPage")) == 1);
    CHECK(openedDialogs(QStringLiteral("peoplePage")) == 1);
    CHECK(openedDialogs(QStringLiteral("partnersPage")) == 1);
    signedIn.window.openPerson(zoe.id);
    REQUIRE(signedIn.window.clientFile() != nullptr);
    CHECK(openedDialogs(QString()) == 1);
}

TEST_CASE("My caseload shows the cap and locking returns to the sign-in screen", "[gui][mainwindow]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    storage::Workspace& workspace = *signedIn.window.workspace();
    const core::Person person = signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
    auto opened = workspace.cases().openCase(workspace.user(), person.id,
                                             workspace.reference().defaultProgramme()->id, workspace.user().id, true);
    REQUIRE(opened);
    REQUIRE(workspace.cases().admit(workspace.user(), opened->id));

    REQUIRE(signedIn.window.showPage(QStringLiteral("caseloadPage")));
    auto* page = signedIn.window.findChild<gui::ListPage*>(QStringLiteral("caseloadPage"));
    REQUIRE(page != nullptr);
    CHECK(page->rowCount() == 1);
    auto* cap = page->findChild<QLabel*>(QStringLiteral("caseloadPageSubtitleLabel"));
    REQUIRE(cap != nullptr);
    CHECK(cap->text().contains(QStringLiteral("1 / 10")));

    QTest::keyClick(&signedIn.window, Qt::Key_L, Qt::ControlModifier);
    CHECK(signedIn.window.workspace() == nullptr);
    CHECK(signedIn.window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->isVisible());
    CHECK(signedIn.window.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text().isEmpty());
}

TEST_CASE("An anonymous contact is merged from the client file into the known person", "[gui][mainwindow][merge]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    storage::Workspace& workspace = *signedIn.window.workspace();
    const core::Person zoe = signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
    auto types = workspace.reference().interventionTypes();
    REQUIRE(types);
    core::Person anonymous;
    anonymous.alias = QStringLiteral("Mimi");
    anonymous.ageBand = {30, 39};
    core::Intervention contact;
    contact.occurredAt = signedIn.fixture.store.clock.nowUtc().addSecs(-3600);
    contact.placeKind = core::PlaceKind::Park;
    contact.typeIds = {types->front().id};
    auto logged = workspace.outreach().logAnonymousContact(workspace.user(), anonymous, contact);
    REQUIRE(logged);

    signedIn.window.openPerson(zoe.id);
    gui::ClientFileWidget* file = signedIn.window.clientFile();
    REQUIRE(file != nullptr);
    auto* merge = file->findChild<QPushButton*>(QStringLiteral("mergePushButton"));
    REQUIRE(merge != nullptr);
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    bool picked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::MergePersonDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("mergeSearchLineEdit"))->setText(QStringLiteral("mimi"));
        dialog->search();
        auto* results = dialog->findChild<QListWidget*>(QStringLiteral("mergeResultsListWidget"));
        if (results->count() == 1) {
            results->setCurrentRow(0);
            picked = dialog->selectedPersonId() == logged->personId;
        }
        dialog->accept();
    });
    QTest::mouseClick(merge, Qt::LeftButton);
    REQUIRE(picked);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("Mimi")));

    auto interventions = workspace.outreach().interventionsOf(workspace.user(), zoe.id);
    REQUIRE(interventions);
    CHECK(interventions->size() == 1);
    // The alias now belongs to the known person; the anonymous record is gone.
    auto found = workspace.people().search(workspace.user(), QStringLiteral("mimi"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().id == zoe.id);
}

TEST_CASE("Locking with unsaved edits in a client file asks first and Cancel keeps them", "[gui][mainwindow]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    const core::Person zoe = signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
    signedIn.window.openPerson(zoe.id);
    gui::ClientFileWidget* file = signedIn.window.clientFile();
    REQUIRE(file != nullptr);
    auto* firstName = file->findChild<QLineEdit*>(QStringLiteral("firstNameLineEdit"));
    REQUIRE(firstName != nullptr);
    firstName->setFocus();
    QTest::keyClicks(firstName, QStringLiteral("-Anne"));
    REQUIRE(file->hasUnsavedChanges());

    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    signedIn.window.lock();
    CHECK(signedIn.window.workspace() != nullptr);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("not saved")));
    CHECK(file->hasUnsavedChanges());

    gui::MessageBox::setNextAnswer(QMessageBox::Save);
    signedIn.window.lock();
    CHECK(signedIn.window.workspace() == nullptr);
    signedIn.fixture.signIn(QStringLiteral("marie"));
    auto reread = signedIn.fixture.workspace->people().openFile(signedIn.fixture.workspace->user(), zoe.id);
    REQUIRE(reread);
    CHECK(reread->firstName == QStringLiteral("Zoé-Anne"));
}

TEST_CASE("An incoming referral recorded from the intake screen puts the candidate in the intake queue",
          "[gui][mainwindow][referral]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    // The partner directory is a team lead's: lea adds the CLSC.
    storage::Workspace& workspace = *signedIn.window.workspace();
    auto users = workspace.reference().users();
    REQUIRE(users);
    const auto lea = std::find_if(users->begin(), users->end(),
                                  [](const core::UserAccount& user) { return user.userName == QStringLiteral("lea"); });
    REQUIRE(lea != users->end());
    core::PartnerOrganisation partner;
    partner.code = QStringLiteral("CLSC");
    partner.name = QStringLiteral("CLSC de Magog");
    auto clsc = workspace.reference().savePartner(*lea, partner);
    REQUIRE(clsc);
    REQUIRE(signedIn.window.showPage(QStringLiteral("intakePage")));
    auto* page = signedIn.window.findChild<gui::ListPage*>(QStringLiteral("intakePage"));
    REQUIRE(page != nullptr);
    CHECK(page->rowCount() == 0);
    auto* record = page->findChild<QPushButton*>(QStringLiteral("incomingReferralPushButton"));
    REQUIRE(record != nullptr);

    QString refusal;
    bool saved = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::IncomingReferralDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        auto* save = dialog->findChild<QDialogButtonBox*>(QStringLiteral("referralButtonBox"))
                         ->button(QDialogButtonBox::Save);
        // Nobody chosen: the dialog says so and stays open.
        QTest::mouseClick(save, Qt::LeftButton);
        refusal = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("referralFirstNameLineEdit")),
                         QStringLiteral("Gaetan"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("referralLastNameLineEdit")),
                         QStringLiteral("Theriault"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("referralReasonTextEdit"))
            ->setPlainText(QStringLiteral("Sortie d’hôpital sans logement"));
        QTest::mouseClick(save, Qt::LeftButton);
        saved = dialog->openedCase().has_value();
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    QTest::mouseClick(record, Qt::LeftButton);
    CHECK(refusal.contains(QStringLiteral("Choose the referred person")));
    REQUIRE(saved);
    REQUIRE(page->rowCount() == 1);
    CHECK(page->table()->model()->index(0, 0).data().toString() == QStringLiteral("Gaetan Theriault"));
    CHECK(page->table()->model()->index(0, 1).data().toString().contains(QStringLiteral("incoming referral")));
    auto referrals = signedIn.window.workspace()->outreach().referralsOf(signedIn.window.workspace()->user(),
                                                                         page->personIdAt(0));
    REQUIRE(referrals);
    REQUIRE(referrals->size() == 1);
    CHECK(referrals->front().direction == core::ReferralDirection::Incoming);
    CHECK(referrals->front().partnerId == clsc->id);
}
