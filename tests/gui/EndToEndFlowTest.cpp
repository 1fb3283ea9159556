// One scenario through the real widgets, from an empty folder to a full caseload:
// set-up wizard → a case manager → a new person → an anonymous contact merged into
// her file → her case through the six stages → an 11th admission refused with the
// waiting list offered.
#include "TestSupport.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/clientfile/ClientFileWidget.h"
#include "gui/clientfile/MergePersonDialog.h"
#include "gui/clientfile/PipelineStrip.h"
#include "gui/contact/ContactDialog.h"
#include "gui/setup/SetupWizard.h"
#include "storage/DataStore.h"
#include "storage/KeyVault.h"
#include "storage/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace relais;

namespace {

constexpr const char* kAdmin = "coordination";
constexpr const char* kAdminPassword = "un mot de passe solide";
constexpr const char* kMariePassword = "le mot de passe de marie";

template <typename T> T* child(QWidget& parent, const char* name)
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

void showActive(QWidget& widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

// Makes a window (also a dialog in its own modal loop) the active one, as a user's click would.
void makeActive(QWidget& dialog)
{
    dialog.activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::activeWindow() == &dialog; }, 3000));
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

QStringList missingItems(gui::ClientFileWidget& file)
{
    auto* list = child<QListWidget>(file, "missingListWidget");
    QStringList items;
    for (int row = 0; row < list->count(); ++row) {
        items << list->item(row)->text();
    }
    return items;
}

bool anyContains(const QStringList& items, const QString& text)
{
    return std::any_of(items.begin(), items.end(), [&](const QString& item) { return item.contains(text); });
}

void selectData(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Runs `drive` on the modal dialog of type T that `open` brings up, then makes sure
// it is closed whatever happened, so that a failed check never hangs the test.
// Returns whether `drive` ran to its end.
template <typename T> bool driveModal(const std::function<void()>& open, const std::function<void(T&)>& drive)
{
    bool completed = false;
    bool ran = false;
    QTimer::singleShot(0, [&] {
        ran = true;
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            if (QWidget* other = QApplication::activeModalWidget()) {
                other->close();
            }
            return;
        }
        try {
            drive(*dialog);
            completed = true;
        } catch (...) { // a failed REQUIRE: already reported, the dialog must still close
        }
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    open();
    // Dialogs opened with open() (window-modal, no event loop of their own) need
    // the events processed for the check to run.
    (void)QTest::qWaitFor([&] { return ran; }, 5000);
    return completed;
}

// Runs the wizard like a first-time user; returns the database it created.
QString runWizard(const QString& folder, const core::Clock& clock)
{
    gui::SetupWizard wizard(clock);
    wizard.show();
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    REQUIRE(wizard.currentId() == gui::SetupWizard::OrganisationPageId);
    child<QLineEdit>(wizard, "organisationLineEdit")->setText(QString::fromUtf8(test::kOrganisation));
    click(next);
    REQUIRE(wizard.currentId() == gui::SetupWizard::DataFolderPageId);
    retype(child<QLineEdit>(wizard, "dataFolderLineEdit"), folder);
    click(next);
    REQUIRE(wizard.currentId() == gui::SetupWizard::AdministratorPageId);
    QTest::keyClicks(child<QLineEdit>(wizard, "userNameLineEdit"), QString::fromLatin1(kAdmin));
    QTest::keyClicks(child<QLineEdit>(wizard, "passwordLineEdit"), QString::fromLatin1(kAdminPassword));
    QTest::keyClicks(child<QLineEdit>(wizard, "confirmPasswordLineEdit"), QString::fromLatin1(kAdminPassword));
    click(next);
    REQUIRE(wizard.currentId() == gui::SetupWizard::RecoveryKeyPageId);
    CHECK(child<QLineEdit>(wizard, "recoveryKeyLineEdit")->text().split(QLatin1Char('-')).size() == 13);
    toggle(child<QCheckBox>(wizard, "recoveryKeyWrittenCheckBox"));
    click(wizard.button(QWizard::FinishButton));
    REQUIRE(wizard.result() == QDialog::Accepted);
    CHECK(wizard.administratorUserName() == QString::fromLatin1(kAdmin));
    return wizard.databasePath();
}

// An identified person the default programme takes, created through the services.
qint64 createEligiblePerson(storage::Workspace& workspace, const QString& first, const QString& last)
{
    core::Person person;
    person.firstName = first;
    person.lastName = last;
    person.housingSituation = core::HousingSituation::Street;
    person.housingSince = QDate(2026, 2, 1);
    person.residencePermit = core::ResidencePermit::Yes;
    auto created = workspace.people().createPerson(workspace.user(), person);
    REQUIRE(created);
    return created->person.id;
}

} // namespace

TEST_CASE("From the set-up wizard to a full caseload: a new person, a merged anonymous contact, six stages and the "
          "11th admission sent to the waiting list",
          "[gui][flow]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    test::MockClock clock;

    // (1) First run: the wizard creates the database and its administrator.
    const QString databasePath = runWizard(dir.filePath(QStringLiteral("Relais données")), clock);
    REQUIRE_FALSE(databasePath.isEmpty());

    // (2) A case manager. There is no administration screen yet in part 1, so the
    // administrator signs in through the store and adds the account there.
    core::UserAccount marie;
    {
        auto admin = storage::DataStore::unlock(databasePath, QString::fromLatin1(kAdmin), kAdminPassword, clock);
        REQUIRE(admin);
        auto added = storage::DataStore::addUser(**admin, QStringLiteral("marie"), core::Role::CaseManager,
                                                 kMariePassword, storage::KdfParams::fromEnvironment(), clock);
        REQUIRE(added);
        marie = *added;
    }

    // (3) Marie signs in on the main window's sign-in screen.
    gui::MainWindow window(clock);
    window.setDatabasePath(databasePath);
    showActive(window);
    QTest::keyClicks(child<QLineEdit>(window, "userLineEdit"), QStringLiteral("marie"));
    QTest::keyClicks(child<QLineEdit>(window, "passwordLineEdit"), QString::fromLatin1(kMariePassword));
    click(child<QPushButton>(window, "signInPushButton"));
    REQUIRE(window.workspace() != nullptr);
    storage::Workspace& workspace = *window.workspace();
    CHECK(workspace.user().userName == QStringLiteral("marie"));
    CHECK(workspace.user().role == core::Role::CaseManager);

    // (4) A new person from the People page; her file opens on Save.
    REQUIRE(window.showPage(QStringLiteral("peoplePage")));
    const bool personSaved
        = driveModal<QDialog>([&] { click(child<QPushButton>(window, "newPersonPushButton")); },
                              [&](QDialog& dialog) {
                                  REQUIRE(dialog.objectName() == QStringLiteral("newPersonDialog"));
                                  retype(child<QLineEdit>(dialog, "firstNameLineEdit"), QStringLiteral("Hélène"));
                                  retype(child<QLineEdit>(dialog, "lastNameLineEdit"), QStringLiteral("Côté"));
                                  child<QDateEdit>(dialog, "birthDateDateEdit")->setDate(QDate(1980, 5, 17));
                                  auto* buttons = dialog.findChild<QDialogButtonBox*>();
                                  REQUIRE(buttons != nullptr);
                                  click(buttons->button(QDialogButtonBox::Save));
                                  REQUIRE(dialog.result() == QDialog::Accepted);
                              });
    REQUIRE(personSaved);
    gui::ClientFileWidget* file = window.clientFile();
    REQUIRE(file != nullptr);
    REQUIRE(file->isFileOpen());
    CHECK(child<QLabel>(*file, "nameLabel")->text() == QStringLiteral("Hélène Côté"));
    const qint64 heleneId = file->personId();

    // Her housing situation is set in the file; the date she has been on the street
    // since and her residence permit have no field there yet, so the services set them.
    selectData(child<QComboBox>(*file, "housingSituationComboBox"), static_cast<int>(core::HousingSituation::Street));
    CHECK(file->hasUnsavedChanges());
    click(child<QPushButton>(*file, "savePushButton"));
    CHECK_FALSE(file->hasUnsavedChanges());
    {
        auto person = workspace.people().openFile(workspace.user(), heleneId);
        REQUIRE(person);
        CHECK(person->housingSituation == core::HousingSituation::Street);
        person->housingSince = QDate(2026, 2, 1);
        person->residencePermit = core::ResidencePermit::Yes;
        REQUIRE(workspace.people().updatePerson(workspace.user(), *person));
    }

    // (5) An anonymous contact, "Mimi", logged from the keyboard with Ctrl+N on a list screen.
    REQUIRE(window.showPage(QStringLiteral("caseloadPage")));
    makeActive(window); // back from the New person dialog
    const bool contactLogged
        = driveModal<gui::ContactDialog>([&] { QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); },
                                         [&](gui::ContactDialog& dialog) {
                                             makeActive(dialog);
                                             QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
                                             REQUIRE(child<QCheckBox>(dialog, "anonymousCheckBox")->isChecked());
                                             REQUIRE(focused() == child<QLineEdit>(dialog, "aliasLineEdit"));
                                             QTest::keyClicks(focused(), QStringLiteral("Mimi"));
                                             QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
                                             REQUIRE(focused() == child<QLineEdit>(dialog, "typesFilterLineEdit"));
                                             QTest::keyClicks(focused(), QStringLiteral("soc"));
                                             QTest::keyClick(focused(), Qt::Key_Space);
                                             QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
                                             REQUIRE(dialog.result() == QDialog::Accepted);
                                             REQUIRE(dialog.savedIntervention());
                                         });
    REQUIRE(contactLogged);

    // ...and merged into Hélène from her file.
    window.openPerson(heleneId);
    file = window.clientFile();
    REQUIRE(file != nullptr);
    REQUIRE(file->isFileOpen());
    CHECK(child<QLabel>(*file, "housingLabel")->text().contains(QStringLiteral("2026")));
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    const bool merged = driveModal<gui::MergePersonDialog>(
        [&] { click(child<QPushButton>(*file, "mergePushButton")); },
        [&](gui::MergePersonDialog& dialog) {
            child<QLineEdit>(dialog, "mergeSearchLineEdit")->setText(QStringLiteral("mimi"));
            dialog.search();
            auto* results = child<QListWidget>(dialog, "mergeResultsListWidget");
            REQUIRE(results->count() == 1);
            CHECK(results->item(0)->text().contains(QStringLiteral("Mimi")));
            results->setCurrentRow(0);
            dialog.accept();
        });
    REQUIRE(merged);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("Mimi")));
    file = window.clientFile();
    REQUIRE(file != nullptr);
    REQUIRE(file->personId() == heleneId);
    file->refresh();
    CHECK(child<QTableWidget>(*file, "interventionsTableWidget")->rowCount() == 1);
    {
        auto found = workspace.people().search(workspace.user(), QStringLiteral("mimi"));
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->front().id == heleneId);
    }

    // (6) Her case, opened from the file, through the six stages.
    auto* openCase = child<QPushButton>(*file, "openCasePushButton");
    REQUIRE(openCase->isVisible());
    click(openCase);
    CHECK_FALSE(openCase->isVisible());
    auto* strip = child<gui::PipelineStrip>(*file, "pipelineStripWidget");
    CHECK(strip->currentStage() == core::Stage::Intake);
    CHECK(anyContains(missingItems(*file), QStringLiteral("request")));
    click(child<QPushButton>(*file, "recordRequestPushButton"));
    CHECK(missingItems(*file).isEmpty());

    click(child<QPushButton>(*file, "admitPushButton"));
    CHECK(child<QLabel>(*file, "messageLabel")->text().isEmpty());
    CHECK(strip->currentStage() == core::Stage::Assessment);
    CHECK(anyContains(missingItems(*file), QStringLiteral("Write the assessment")));

    makeActive(window); // back from the merge dialog
    auto* summary = child<QPlainTextEdit>(*file, "assessmentSummaryPlainTextEdit");
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("A la rue depuis un mois, sans revenu."));
    QTest::keyClick(summary, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(file->hasUnsavedChanges());
    CHECK(missingItems(*file).isEmpty());
    auto* advance = child<QPushButton>(*file, "advancePushButton");
    click(advance);
    CHECK(strip->currentStage() == core::Stage::Planning);
    CHECK(anyContains(missingItems(*file), QStringLiteral("goal")));

    QTest::keyClicks(child<QLineEdit>(*file, "goalDescriptionLineEdit"), QStringLiteral("Trouver un logement"));
    QTest::keyClicks(child<QLineEdit>(*file, "goalMeansLineEdit"), QStringLiteral("Demande HLM, visite"));
    click(child<QPushButton>(*file, "addGoalPushButton"));
    CHECK(child<QTableWidget>(*file, "goalsTableWidget")->rowCount() == 1);
    CHECK(missingItems(*file).isEmpty());
    // Monitoring starts the next day: Mimi's contact from the day before does not count for it.
    clock.advanceSeconds(24 * 3600);
    click(advance);
    CHECK(strip->currentStage() == core::Stage::Monitoring);
    CHECK(anyContains(missingItems(*file), QStringLiteral("intervention")));

    // Monitoring: a contact logged with Ctrl+N from her file, which the dialog is for.
    clock.advanceSeconds(3600);
    makeActive(window);
    const bool followUpLogged
        = driveModal<gui::ContactDialog>([&] { QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); },
                                         [&](gui::ContactDialog& dialog) {
                                             makeActive(dialog);
                                             CHECK_FALSE(child<QCheckBox>(dialog, "anonymousCheckBox")->isChecked());
                                             QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
                                             REQUIRE(focused() == child<QLineEdit>(dialog, "typesFilterLineEdit"));
                                             QTest::keyClicks(focused(), QStringLiteral("soc"));
                                             QTest::keyClick(focused(), Qt::Key_Space);
                                             QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
                                             REQUIRE(dialog.result() == QDialog::Accepted);
                                             REQUIRE(dialog.savedIntervention());
                                             CHECK(dialog.savedIntervention()->personId == heleneId);
                                         });
    REQUIRE(followUpLogged);
    REQUIRE(window.clientFile() == file);
    CHECK(child<QTableWidget>(*file, "interventionsTableWidget")->rowCount() == 2);
    CHECK(missingItems(*file).isEmpty());
    click(advance);
    CHECK(strip->currentStage() == core::Stage::Evaluation);
    CHECK(anyContains(missingItems(*file), QStringLiteral("satisfaction")));

    auto* outcomes = child<QTableWidget>(*file, "outcomesTableWidget");
    REQUIRE(outcomes->rowCount() == 1);
    auto* outcome = qobject_cast<QComboBox*>(outcomes->cellWidget(0, 1));
    REQUIRE(outcome != nullptr);
    selectData(outcome, static_cast<int>(core::GoalOutcome::Achieved));
    selectData(child<QComboBox>(*file, "satisfactionComboBox"), 4);
    click(child<QPushButton>(*file, "recordEvaluationPushButton"));
    CHECK(missingItems(*file).isEmpty());

    selectData(child<QComboBox>(*file, "exitReasonComboBox"), static_cast<int>(core::ExitReason::GoalsMet));
    selectData(child<QComboBox>(*file, "exitHousingComboBox"), static_cast<int>(core::HousingSituation::Housed));
    click(child<QPushButton>(*file, "exitPushButton"));
    CHECK(child<QLabel>(*file, "messageLabel")->text().isEmpty());
    CHECK(strip->currentStage() == core::Stage::Exit);
    CHECK(strip->isClosed());

    // (7) Marie's caseload fills up: ten admitted cases, through the services.
    const qint64 programmeId = workspace.reference().defaultProgramme()->id;
    for (int index = 1; index <= 10; ++index) {
        const qint64 personId
            = createEligiblePerson(workspace, QStringLiteral("Personne"), QStringLiteral("N%1").arg(index));
        auto opened = workspace.cases().openCase(workspace.user(), personId, programmeId, workspace.user().id, true);
        REQUIRE(opened);
        REQUIRE(workspace.cases().admit(workspace.user(), opened->id));
    }
    const qint64 candidateId = createEligiblePerson(workspace, QStringLiteral("Ève"), QStringLiteral("Onzième"));
    auto candidate = workspace.cases().openCase(workspace.user(), candidateId, programmeId, workspace.user().id, true);
    REQUIRE(candidate);

    // Admitting the 11th from the candidate's file: refused, naming marie, and
    // answered Yes the candidate goes on the waiting list.
    window.openPerson(candidateId);
    file = window.clientFile();
    REQUIRE(file != nullptr);
    REQUIRE(file->isFileOpen());
    strip = child<gui::PipelineStrip>(*file, "pipelineStripWidget");
    CHECK(strip->currentStage() == core::Stage::Intake);
    CHECK(missingItems(*file).isEmpty());
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    click(child<QPushButton>(*file, "admitPushButton"));
    const QString refusal = gui::MessageBox::lastText();
    CHECK(refusal.contains(marie.displayName.isEmpty() ? QStringLiteral("marie") : marie.displayName));
    CHECK(refusal.contains(QStringLiteral("10")));
    CHECK(refusal.contains(QStringLiteral("waiting list")));
    CHECK(strip->currentStage() == core::Stage::Intake);

    auto waiting = workspace.cases().waitingList(workspace.user());
    REQUIRE(waiting);
    CHECK(std::any_of(waiting->begin(), waiting->end(),
                      [&](const core::Case& value) { return value.id == candidate->id; }));
    auto active = workspace.cases().activeCaseCount(workspace.user(), workspace.user().id, programmeId);
    REQUIRE(active);
    CHECK(*active == 10);
}
