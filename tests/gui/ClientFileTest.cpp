#include "WorkspaceFixture.h"
#include "gui/MessageBox.h"
#include "gui/clientfile/ClientFileWidget.h"
#include "gui/clientfile/PipelineStrip.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace relais;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// An identified person the default programme takes: on the street for a month
// before the fixture's clock (2026-03-02), with a residence permit.
qint64 createEligiblePerson(test::WorkspaceFixture& fixture, const core::UserAccount& actor, const QString& firstName,
                            const QString& lastName)
{
    core::Person person;
    person.firstName = firstName;
    person.lastName = lastName;
    person.birthDate = QDate(1980, 5, 17);
    person.language = core::Language::French;
    person.housingSituation = core::HousingSituation::Street;
    person.housingSince = QDate(2026, 2, 2);
    person.residencePermit = core::ResidencePermit::Yes;
    person.territoryId = fixture.territory().id;
    auto created = fixture.workspace->people().createPerson(actor, person);
    REQUIRE(created);
    return created->person.id;
}

qint64 defaultProgrammeId(test::WorkspaceFixture& fixture)
{
    auto programme = fixture.workspace->reference().defaultProgramme();
    REQUIRE(programme);
    return programme->id;
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

void showActive(QWidget& widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("A case goes through the six stages from the client file's own buttons and fields", "[gui][clientfile]")
{
    test::WorkspaceFixture fixture;
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    const qint64 personId = createEligiblePerson(fixture, marie, QStringLiteral("Hélène"), QStringLiteral("Gagnon"));
    auto opened = fixture.workspace->cases().openCase(marie, personId, defaultProgrammeId(fixture), marie.id);
    REQUIRE(opened);
    const qint64 caseId = opened->id;

    gui::ClientFileWidget file(*fixture.workspace, personId);
    showActive(file);
    REQUIRE(file.isFileOpen());
    auto* strip = child<gui::PipelineStrip>(file, "pipelineStripWidget");
    CHECK(child<QLabel>(file, "nameLabel")->text() == QStringLiteral("Hélène Gagnon"));
    CHECK(child<QLabel>(file, "housingLabel")->text().contains(QStringLiteral("2026")));

    // Intake: admission needs the person's own request.
    CHECK(strip->currentStage() == core::Stage::Intake);
    CHECK(anyContains(missingItems(file), QStringLiteral("request")));
    QTest::mouseClick(child<QPushButton>(file, "recordRequestPushButton"), Qt::LeftButton);
    CHECK(missingItems(file).isEmpty());
    CHECK(child<QLabel>(file, "nothingMissingLabel")->isVisible());

    QTest::mouseClick(child<QPushButton>(file, "admitPushButton"), Qt::LeftButton);
    CHECK(child<QLabel>(file, "messageLabel")->text().isEmpty());
    CHECK(strip->currentStage() == core::Stage::Assessment);
    CHECK(anyContains(missingItems(file), QStringLiteral("Write the assessment")));

    // Assessment: written in the file, kept as undoable edits until saved.
    auto* summary = child<QPlainTextEdit>(file, "assessmentSummaryPlainTextEdit");
    summary->setFocus();
    QTest::keyClicks(summary, QStringLiteral("À la rue depuis un mois, sans revenu."));
    CHECK(file.hasUnsavedChanges());
    CHECK(child<QLabel>(file, "unsavedLabel")->isVisible());
    CHECK(anyContains(missingItems(file), QStringLiteral("Write the assessment")));
    QTest::keyClick(summary, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(file.hasUnsavedChanges());
    CHECK(missingItems(file).isEmpty());
    CHECK(fixture.workspace->cases().caseById(marie, caseId)->assessmentSummary
          == QStringLiteral("À la rue depuis un mois, sans revenu."));

    auto* advance = child<QPushButton>(file, "advancePushButton");
    CHECK(advance->isVisible());
    QTest::mouseClick(advance, Qt::LeftButton);
    CHECK(strip->currentStage() == core::Stage::Planning);
    CHECK(anyContains(missingItems(file), QStringLiteral("goal")));

    // Planning: a goal with its means.
    QTest::keyClicks(child<QLineEdit>(file, "goalDescriptionLineEdit"), QStringLiteral("Trouver un logement"));
    QTest::keyClicks(child<QLineEdit>(file, "goalMeansLineEdit"), QStringLiteral("Demande HLM, visite"));
    QTest::mouseClick(child<QPushButton>(file, "addGoalPushButton"), Qt::LeftButton);
    CHECK(child<QTableWidget>(file, "goalsTableWidget")->rowCount() == 1);
    CHECK(missingItems(file).isEmpty());
    QTest::mouseClick(advance, Qt::LeftButton);
    CHECK(strip->currentStage() == core::Stage::Monitoring);
    CHECK(anyContains(missingItems(file), QStringLiteral("intervention")));

    // Monitoring: an intervention logged elsewhere (the contact dialog), then a refresh.
    auto types = fixture.workspace->reference().interventionTypes();
    REQUIRE(types);
    REQUIRE_FALSE(types->empty());
    core::Intervention intervention;
    intervention.occurredAt = fixture.store.clock.nowUtc();
    intervention.personId = personId;
    intervention.workerId = marie.id;
    intervention.territoryId = fixture.territory().id;
    intervention.typeIds = {types->front().id};
    REQUIRE(fixture.workspace->outreach().logIntervention(marie, intervention));
    file.refresh();
    CHECK(missingItems(file).isEmpty());
    auto* interventions = child<QTableWidget>(file, "interventionsTableWidget");
    REQUIRE(interventions->rowCount() == 1);
    const QString typeShown = interventions->item(0, 2)->text();
    CHECK((typeShown == types->front().labelEn || typeShown == types->front().labelFr));
    QTest::mouseClick(advance, Qt::LeftButton);
    CHECK(strip->currentStage() == core::Stage::Evaluation);
    CHECK(anyContains(missingItems(file), QStringLiteral("result of 1 goal")));
    CHECK(anyContains(missingItems(file), QStringLiteral("satisfaction")));
    CHECK_FALSE(advance->isVisible());
    CHECK(child<QPushButton>(file, "reassessPushButton")->isVisible());

    // Evaluation: the goal's result and the person's satisfaction.
    auto* outcomes = child<QTableWidget>(file, "outcomesTableWidget");
    REQUIRE(outcomes->rowCount() == 1);
    auto* outcome = qobject_cast<QComboBox*>(outcomes->cellWidget(0, 1));
    REQUIRE(outcome != nullptr);
    selectData(outcome, static_cast<int>(core::GoalOutcome::Achieved));
    selectData(child<QComboBox>(file, "satisfactionComboBox"), 4);
    QTest::mouseClick(child<QPushButton>(file, "recordEvaluationPushButton"), Qt::LeftButton);
    CHECK(missingItems(file).isEmpty());

    // Exit: the reason and the housing the person leaves for.
    selectData(child<QComboBox>(file, "exitReasonComboBox"), static_cast<int>(core::ExitReason::GoalsMet));
    selectData(child<QComboBox>(file, "exitHousingComboBox"), static_cast<int>(core::HousingSituation::Housed));
    QTest::mouseClick(child<QPushButton>(file, "exitPushButton"), Qt::LeftButton);
    CHECK(child<QLabel>(file, "messageLabel")->text().isEmpty());
    CHECK(strip->currentStage() == core::Stage::Exit);
    CHECK(strip->isClosed());
    CHECK(anyContains(missingItems(file), QStringLiteral("not active")));
    auto closed = fixture.workspace->cases().caseById(marie, caseId);
    REQUIRE(closed);
    CHECK(closed->status == core::CaseStatus::Closed);
    CHECK(closed->exitReason == core::ExitReason::GoalsMet);
    CHECK(closed->exitHousing == core::HousingSituation::Housed);
    CHECK(closed->satisfaction == 4);

    // The history shows the six transitions and the audited file opening.
    auto* history = child<QTableWidget>(file, "historyTableWidget");
    QStringList what;
    for (int row = 0; row < history->rowCount(); ++row) {
        what << history->item(row, 2)->text();
    }
    CHECK(what.filter(QStringLiteral("Advanced")).size() == 3);
    CHECK(anyContains(what, QStringLiteral("Admitted")));
    CHECK(anyContains(what, QStringLiteral("Exit")));
    CHECK(anyContains(what, QStringLiteral("Opened the file")));
}

TEST_CASE("Admitting an 11th case shows the cap refusal naming the case manager and offers the waiting list",
          "[gui][clientfile]")
{
    test::WorkspaceFixture fixture;
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    const qint64 programmeId = defaultProgrammeId(fixture);
    for (int index = 1; index <= 10; ++index) {
        const qint64 personId
            = createEligiblePerson(fixture, marie, QStringLiteral("Personne"), QStringLiteral("N%1").arg(index));
        auto opened = fixture.workspace->cases().openCase(marie, personId, programmeId, marie.id, true);
        REQUIRE(opened);
        REQUIRE(fixture.workspace->cases().admit(marie, opened->id));
    }
    const qint64 candidateId = createEligiblePerson(fixture, marie, QStringLiteral("Ève"), QStringLiteral("Onzième"));
    auto candidate = fixture.workspace->cases().openCase(marie, candidateId, programmeId, marie.id, true);
    REQUIRE(candidate);

    gui::ClientFileWidget file(*fixture.workspace, candidateId);
    showActive(file);
    auto* strip = child<gui::PipelineStrip>(file, "pipelineStripWidget");
    CHECK(strip->currentStage() == core::Stage::Intake);
    CHECK(missingItems(file).isEmpty());

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(file, "admitPushButton"), Qt::LeftButton);
    CHECK(gui::MessageBox::lastText().contains(marie.displayName));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("10")));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("waiting list")));

    auto waiting = fixture.workspace->cases().waitingList(marie);
    REQUIRE(waiting);
    CHECK(std::any_of(waiting->begin(), waiting->end(),
                      [&](const core::Case& value) { return value.id == candidate->id; }));
    CHECK(strip->currentStage() == core::Stage::Intake);
    CHECK(child<QLabel>(file, "caseStatusLabel")->text().contains(QStringLiteral("2026")));
    auto active = fixture.workspace->cases().activeCaseCount(marie, marie.id, programmeId);
    REQUIRE(active);
    CHECK(*active == 10);
}

TEST_CASE("Undoing an identity edit restores the field, and nothing is written before Save", "[gui][clientfile]")
{
    test::WorkspaceFixture fixture;
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    const qint64 personId = createEligiblePerson(fixture, marie, QStringLiteral("Jean"), QStringLiteral("Tremblay"));

    gui::ClientFileWidget file(*fixture.workspace, personId);
    showActive(file);
    auto* firstName = child<QLineEdit>(file, "firstNameLineEdit");
    auto* unsaved = child<QLabel>(file, "unsavedLabel");
    CHECK(firstName->text() == QStringLiteral("Jean"));
    CHECK_FALSE(unsaved->isVisible());

    firstName->setFocus();
    firstName->selectAll();
    QTest::keyClicks(firstName, QStringLiteral("Jeanne"));
    CHECK(firstName->text() == QStringLiteral("Jeanne"));
    CHECK(unsaved->isVisible());
    CHECK(file.title().endsWith(QStringLiteral("*")));
    CHECK(fixture.workspace->people().summary(marie, personId)->displayName == QStringLiteral("Jean Tremblay"));

    // Ctrl+Z in the field undoes through the file's stack; Ctrl+Shift+Z redoes.
    QTest::keyClick(firstName, Qt::Key_Z, Qt::ControlModifier);
    CHECK(firstName->text() == QStringLiteral("Jean"));
    CHECK_FALSE(file.hasUnsavedChanges());
    CHECK_FALSE(unsaved->isVisible());
    QTest::keyClick(firstName, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(firstName->text() == QStringLiteral("Jeanne"));
    CHECK(file.hasUnsavedChanges());

    // A second field is its own step.
    auto* alias = child<QLineEdit>(file, "aliasLineEdit");
    alias->setFocus();
    QTest::keyClicks(alias, QStringLiteral("Jeannot"));
    CHECK(file.undoStack()->count() == 2);
    QTest::keyClick(alias, Qt::Key_Z, Qt::ControlModifier);
    CHECK(alias->text().isEmpty());
    CHECK(firstName->text() == QStringLiteral("Jeanne"));
    CHECK(fixture.workspace->people().summary(marie, personId)->displayName == QStringLiteral("Jean Tremblay"));

    QTest::keyClick(firstName, Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(file.hasUnsavedChanges());
    CHECK(fixture.workspace->people().summary(marie, personId)->displayName == QStringLiteral("Jeanne Tremblay"));
    CHECK(child<QLabel>(file, "nameLabel")->text() == QStringLiteral("Jeanne Tremblay"));
}

TEST_CASE("A case manager who never met the person sees the refusal instead of the file", "[gui][clientfile]")
{
    test::WorkspaceFixture fixture(QStringLiteral("paul"));
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    const qint64 personId = createEligiblePerson(fixture, marie, QStringLiteral("Lucie"), QStringLiteral("Côté"));
    REQUIRE(fixture.workspace->cases().openCase(marie, personId, defaultProgrammeId(fixture), marie.id));

    gui::ClientFileWidget file(*fixture.workspace, personId);
    showActive(file);
    CHECK_FALSE(file.isFileOpen());
    auto* refusal = child<QLabel>(file, "refusalLabel");
    CHECK(refusal->isVisible());
    CHECK(refusal->text().contains(QStringLiteral("another worker's caseload")));
    CHECK_FALSE(child<QLineEdit>(file, "firstNameLineEdit")->isVisible());
    CHECK_FALSE(child<QWidget>(file, "pipelineStripWidget")->isVisible());
}

TEST_CASE("The pipeline strip marks the stages before the current one and asks for a sensible size",
          "[gui][clientfile]")
{
    gui::PipelineStrip strip;
    CHECK_FALSE(strip.currentStage().has_value());
    strip.setCurrentStage(core::Stage::Monitoring);
    CHECK(strip.currentStage() == core::Stage::Monitoring);
    const QString description = strip.accessibleDescription();
    CHECK((description.contains(core::labelOf(core::Stage::Monitoring, core::LabelLanguage::English))
           || description.contains(core::labelOf(core::Stage::Monitoring, core::LabelLanguage::French))));
    const QSize hint = strip.sizeHint();
    CHECK(hint.width() > hint.height() * 6);
    CHECK(hint.height() < 100);
    strip.resize(hint);
    strip.show();
    REQUIRE(QTest::qWaitForWindowExposed(&strip));
    CHECK_FALSE(strip.grab().isNull());
}

TEST_CASE("A team lead erases a person's file on request from the file's menu, after a confirmation",
          "[gui][clientfile][erasure]")
{
    test::WorkspaceFixture fixture(QStringLiteral("lea"));
    const core::UserAccount lea = fixture.user(QStringLiteral("lea"));
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    const qint64 followedId = createEligiblePerson(fixture, marie, QStringLiteral("Gisèle"), QStringLiteral("Roy"));
    REQUIRE(fixture.workspace->cases().openCase(marie, followedId, defaultProgrammeId(fixture), marie.id));
    const qint64 personId = createEligiblePerson(fixture, marie, QStringLiteral("Réjean"), QStringLiteral("Bouchard"));

    SECTION("a case manager is not offered the action")
    {
        fixture.signIn(QStringLiteral("marie"));
        gui::ClientFileWidget file(*fixture.workspace, personId);
        showActive(file);
        REQUIRE(file.isFileOpen());
        CHECK_FALSE(child<QAction>(file, "eraseFileAction")->isVisible());
        CHECK_FALSE(child<QToolButton>(file, "moreActionsToolButton")->isVisible());
    }

    SECTION("a person with an open case keeps the file, with core's reason shown")
    {
        gui::ClientFileWidget file(*fixture.workspace, followedId);
        showActive(file);
        auto* erase = child<QAction>(file, "eraseFileAction");
        REQUIRE(erase->isVisible());
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        erase->trigger();
        CHECK(child<QLabel>(file, "messageLabel")->text().contains(QStringLiteral("open case")));
        CHECK(fixture.workspace->people().openFile(lea, followedId)->firstName == QStringLiteral("Gisèle"));
    }

    SECTION("No changes nothing; Yes erases and the file shows the anonymised record")
    {
        gui::ClientFileWidget file(*fixture.workspace, personId);
        showActive(file);
        QSignalSpy erased(&file, &gui::ClientFileWidget::personErased);
        auto* more = child<QToolButton>(file, "moreActionsToolButton");
        CHECK(more->isVisible()); // no case yet: the button is there for the file's own actions
        CHECK(more->accessibleName().contains(QStringLiteral("file")));
        auto* erase = child<QAction>(file, "eraseFileAction");
        REQUIRE(erase->isVisible());
        REQUIRE(erase->isEnabled());
        CHECK_FALSE(child<QAction>(file, "reopenAction")->isVisible());

        gui::MessageBox::setNextAnswer(QMessageBox::No);
        erase->trigger();
        CHECK(gui::MessageBox::lastText().contains(QStringLiteral("Réjean Bouchard")));
        CHECK(gui::MessageBox::lastText().contains(QStringLiteral("cannot be undone")));
        CHECK(erased.isEmpty());
        CHECK(fixture.workspace->people().openFile(lea, personId)->firstName == QStringLiteral("Réjean"));

        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        erase->trigger();
        REQUIRE(erased.size() == 1);
        CHECK(erased.front().front().toLongLong() == personId);
        auto after = fixture.workspace->people().openFile(lea, personId);
        REQUIRE(after);
        CHECK(after->firstName.isEmpty());
        CHECK(after->lastName.isEmpty());
        CHECK_FALSE(after->birthDate.has_value());
        CHECK(after->anonymisedAt.has_value());
        CHECK(child<QLabel>(file, "nameLabel")->text() == QStringLiteral("Anonymised file"));
        CHECK(child<QLineEdit>(file, "firstNameLineEdit")->text().isEmpty());
        CHECK(file.title() == QStringLiteral("Anonymised file"));
        CHECK_FALSE(erase->isEnabled());
        auto trail = fixture.workspace->context().audit.entriesFor(after->uuid);
        REQUIRE(trail);
        REQUIRE_FALSE(trail->empty());
        // The erasure, then the reopening of the anonymised file.
        CHECK(std::count_if(trail->begin(), trail->end(),
                            [](const core::AuditEntry& entry) {
                                return entry.action == QLatin1String("person.erase_on_request");
                            })
              == 1);
    }
}
