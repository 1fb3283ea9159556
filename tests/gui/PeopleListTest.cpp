// The people list's model (issue 9): the whole list and a search's results are
// both read a page at a time as the view scrolls, so that a keystroke reads
// only the first page of matches.
#include "WorkspaceFixture.h"
#include "gui/pages/PeopleListModel.h"

#include <QHeaderView>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

std::vector<qint64> idsOf(const gui::PeopleListModel& model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.push_back(model.summaryAt(row)->id);
    }
    return ids;
}

} // namespace

TEST_CASE("A search reads its matches a page at a time, in the order of the full search", "[gui][people]")
{
    test::WorkspaceFixture fixture;
    const core::UserAccount marie = fixture.user(QStringLiteral("marie"));
    constexpr int kMatching = gui::PeopleListModel::kSearchPageSize * 2 + 30;
    for (int index = 0; index < kMatching; ++index) {
        core::Person person;
        // Half prefix matches ("Tremblay ..."), half infix matches ("... Letremble").
        if (index % 2 == 0) {
            person.firstName = QStringLiteral("Tremblay");
            person.lastName = QStringLiteral("N%1").arg(index, 3, 10, QLatin1Char('0'));
        } else {
            person.firstName = QStringLiteral("Zoé");
            person.lastName = QStringLiteral("Letremblé%1").arg(index, 3, 10, QLatin1Char('0'));
        }
        REQUIRE(fixture.workspace->people().createPerson(marie, person));
    }
    core::Person other;
    other.firstName = QStringLiteral("Hélène");
    other.lastName = QStringLiteral("Gagnon");
    REQUIRE(fixture.workspace->people().createPerson(marie, other));

    auto everything = fixture.workspace->people().search(marie, QStringLiteral("trem"), 1000);
    REQUIRE(everything);
    REQUIRE(everything->size() == static_cast<std::size_t>(kMatching));
    std::vector<qint64> expected;
    for (const core::PersonSummary& summary : *everything) {
        expected.push_back(summary.id);
    }

    gui::PeopleListModel model(*fixture.workspace);
    model.setFilter(QStringLiteral("trem"));
    CHECK(model.rowCount() == gui::PeopleListModel::kSearchPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * gui::PeopleListModel::kSearchPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == kMatching);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(idsOf(model) == expected);

    // A view scrolled to the end asks for the rest by itself.
    model.setFilter(QStringLiteral("tremb"));
    CHECK(model.rowCount() == gui::PeopleListModel::kSearchPageSize);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    for (int step = 0; step < 10 && model.canFetchMore({}); ++step) {
        view.scrollToBottom();
        QCoreApplication::processEvents();
    }
    CHECK(model.rowCount() == kMatching);

    // Fewer matches than a page: nothing more to fetch.
    model.setFilter(QStringLiteral("gagn"));
    CHECK(model.rowCount() == 1);
    CHECK_FALSE(model.canFetchMore({}));
    model.setFilter(QStringLiteral("no such name"));
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    // The whole list, paged as before.
    model.setFilter(QString());
    CHECK(model.rowCount() == 0);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == gui::PeopleListModel::kPageSize);
    model.fetchMore({});
    const std::vector<qint64> listed = idsOf(model);
    CHECK(model.rowCount() == kMatching + 1);
    CHECK(QSet<qint64>(listed.begin(), listed.end()).size() == kMatching + 1);
    CHECK_FALSE(model.canFetchMore({}));
}
