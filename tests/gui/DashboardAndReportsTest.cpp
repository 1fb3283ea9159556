// The team lead's dashboard and Reports screen show the figures of core's
// StatisticsService (one implementation for the report, its JSON and the
// dashboard), and the exported files hold figures only.

#include "SignedInWindow.h"
#include "core/domain/StatisticsService.h"
#include "gui/MessageBox.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/reports/ReportsPage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

// Marie's caseload (three admitted cases, one overdue), a candidate on the
// waiting list, and encounters in February and March 2026 (the fixture's clock
// is 2 March 2026).
void buildActivity(test::WorkspaceFixture& fixture)
{
    storage::Workspace& workspace = *fixture.workspace;
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    const core::UserAccount lea = fixture.user(QStringLiteral("lea"));
    const qint64 programme = workspace.reference().defaultProgramme()->id;
    const core::Territory magog = fixture.territory();
    auto types = workspace.reference().interventionTypes();
    REQUIRE(types);
    std::vector<qint64> people;
    for (int index = 0; index < 4; ++index) {
        core::Person person;
        person.firstName = QStringLiteral("Zéphirine");
        person.lastName = QStringLiteral("Témoin%1").arg(index);
        person.birthDate = QDate(1950 + index * 10, 6, 1);
        person.housingSituation = core::HousingSituation::Street;
        person.housingSince = QDate(2026, 2, 1);
        person.residencePermit = core::ResidencePermit::Yes;
        auto created = workspace.people().createPerson(marie, person);
        REQUIRE(created);
        people.push_back(created->person.id);
    }
    for (int index = 0; index < 3; ++index) {
        auto opened = workspace.cases().openCase(marie, people.at(static_cast<std::size_t>(index)), programme, marie.id,
                                                 true);
        REQUIRE(opened);
        REQUIRE(workspace.cases().admit(marie, opened->id));
    }
    auto candidate = workspace.cases().openCase(lea, people.at(3), programme, marie.id, true);
    REQUIRE(candidate);
    REQUIRE(workspace.cases().placeOnWaitingList(lea, candidate->id));
    for (int day = 0; day < 6; ++day) {
        core::Intervention intervention;
        intervention.personId = people.at(static_cast<std::size_t>(day % 4));
        intervention.occurredAt = QDateTime(QDate(2026, 2, 20 + day), QTime(15, 0), Qt::UTC);
        intervention.territoryId = magog.id;
        intervention.typeIds = {types->front().id};
        REQUIRE(workspace.outreach().logIntervention(marie, intervention));
    }
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The dashboard shows the statistics service's caseload, stage and waiting-list figures",
          "[gui][dashboard]")
{
    test::SignedInWindow signedIn(QStringLiteral("lea"));
    {
        test::WorkspaceFixture& fixture = signedIn.fixture;
        fixture.signIn(QStringLiteral("lea"));
        buildActivity(fixture);
        fixture.workspace->close();
        fixture.workspace.reset();
    }
    REQUIRE(signedIn.window.showPage(QStringLiteral("dashboardPage")));
    auto* dashboard = signedIn.window.findChild<gui::DashboardPage*>(QStringLiteral("dashboardPage"));
    REQUIRE(dashboard != nullptr);
    REQUIRE(dashboard->figures().has_value());

    storage::Workspace& workspace = *signedIn.window.workspace();
    auto expected = workspace.statistics().activityReport(workspace.user(), dashboard->period());
    REQUIRE(expected);
    const core::CaseFigures& cases = expected->current.cases;

    // One row per case manager, as the statistics count them.
    QTableWidget* table = dashboard->caseloadTable();
    REQUIRE(table->rowCount() == static_cast<int>(cases.caseload.size()));
    bool sawMarie = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const core::CaseloadFigure& figure = cases.caseload.at(static_cast<std::size_t>(row));
        CHECK(table->item(row, 0)->text() == figure.caseManager);
        CHECK(table->item(row, 1)->text().toLongLong() == figure.active);
        CHECK(table->item(row, 2)->text().toInt() == figure.cap);
        if (figure.caseManager == QStringLiteral("marie")) {
            sawMarie = true;
            CHECK(figure.active == 3);
            CHECK(figure.cap == 10);
        }
    }
    CHECK(sawMarie);
    CHECK(dashboard->figures()->current.encounters == expected->current.encounters);
    CHECK(expected->current.encounters == 6);
    CHECK(cases.waitingList == 1);
    CHECK(dashboard->waitingListCount() == 1);
    // The list behind a bar: marie's three active cases.
    CHECK(dashboard->casesOfManager(QStringLiteral("marie")).size() == 3);
    qint64 atAssessment = 0;
    for (const core::CodeCount& stage : cases.activeByStage) {
        if (stage.code == QStringLiteral("assessment")) {
            atAssessment = stage.count;
        }
    }
    CHECK(atAssessment == 3);
    CHECK(static_cast<qint64>(dashboard->casesAtStage(core::Stage::Assessment).size()) == atAssessment);

    // The encounters behind the territory, type and month bars: the six logged in Magog.
    const core::TerritoryCount& territory = expected->current.encountersByTerritory.front();
    CHECK(static_cast<qint64>(dashboard->encountersBehind(dashboard->territorySelection(territory.territory)).size()) ==
          territory.count);
    for (const core::TypeCount& type : expected->current.interventionTypes) {
        CHECK(static_cast<qint64>(dashboard->encountersBehind(dashboard->typeSelection(type.code)).size()) ==
              type.count);
    }
    // Clicking a bar opens the list, one row per encounter, naming the person.
    auto* view = dashboard->findChild<QChartView*>(QStringLiteral("territoryChartView"));
    REQUIRE(view != nullptr);
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
    REQUIRE(series != nullptr);
    int rowsShown = -1;
    QString firstPerson;
    QObject::connect(dashboard, &gui::DashboardPage::listShown, dashboard, [&](QDialog* dialog) {
        auto* list = dialog->findChild<QTableWidget*>(QStringLiteral("listBehindTableWidget"));
        rowsShown = list->rowCount();
        firstPerson = list->item(0, 1)->text();
        QTimer::singleShot(0, dialog, &QDialog::reject);
    });
    const int lastBar = static_cast<int>(series->barSets().front()->count()) - 1; // the largest is on top
    emit series->barSets().front()->clicked(lastBar);
    CHECK(rowsShown == 6);
    CHECK(firstPerson.contains(QStringLiteral("Zéphirine")));
}

TEST_CASE("The Reports screen previews a period and exports PDF and JSON equal to the dashboard's figures",
          "[gui][reports]")
{
    test::SignedInWindow signedIn(QStringLiteral("lea"));
    {
        test::WorkspaceFixture& fixture = signedIn.fixture;
        fixture.signIn(QStringLiteral("lea"));
        buildActivity(fixture);
        fixture.workspace->close();
        fixture.workspace.reset();
    }
    REQUIRE(signedIn.window.showPage(QStringLiteral("reportsPage")));
    auto* page = signedIn.window.findChild<gui::ReportsPage*>(QStringLiteral("reportsPage"));
    REQUIRE(page != nullptr);
    auto* dashboard = signedIn.window.findChild<gui::DashboardPage*>(QStringLiteral("dashboardPage"));
    REQUIRE(dashboard != nullptr);
    dashboard->refresh();
    page->setCustomPeriod(dashboard->period().from, dashboard->period().to);
    REQUIRE(page->preview());
    REQUIRE(page->report().has_value());
    CHECK(page->report()->current.encounters == dashboard->figures()->current.encounters);
    CHECK(page->report()->current.personsReached == dashboard->figures()->current.personsReached);
    // The key figures table shows them.
    QTableWidget* figures = page->keyFigures();
    REQUIRE(figures->rowCount() > 2);
    CHECK(figures->item(1, 1)->text() == QStringLiteral("6"));
    CHECK(figures->item(0, 1)->text() == QStringLiteral("4"));

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    const QString json = folder.filePath(QStringLiteral("report.json"));
    REQUIRE(page->exportJson(json));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("not encrypted")));
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(object.value(QStringLiteral("encounters")).toInteger() == dashboard->figures()->current.encounters);
    CHECK(object.value(QStringLiteral("persons_reached")).toInteger() == dashboard->figures()->current.personsReached);

    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(page->exportPdf(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Magog")));
    // Figures only: no person's name in the PDF.
    CHECK_FALSE(text.contains(QStringLiteral("Témoin")));
    CHECK_FALSE(text.contains(QStringLiteral("Zéphirine")));
}

TEST_CASE("A case manager has neither dashboard nor reports, and the service refuses them",
          "[gui][reports]")
{
    test::SignedInWindow signedIn(QStringLiteral("marie"));
    CHECK(signedIn.window.findChild<gui::DashboardPage*>() == nullptr);
    CHECK(signedIn.window.findChild<gui::ReportsPage*>() == nullptr);
    storage::Workspace& workspace = *signedIn.window.workspace();
    auto refused = workspace.statistics().activityReport(workspace.user(), {QDate(2026, 1, 1), QDate(2026, 3, 1)});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::PermissionDenied);
}
