#include "core/domain/AgeRules.h"
#include "core/domain/Entities.h"

#include <catch2/catch.hpp>

#include <vector>

// The age rules of the activity statistics (docs/report-measures.md): a birth
// date gives the age on the day (29 February birthdays on 1 March in common
// years), a birth year alone gives two possible ages, an anonymous contact's age
// band counts when it lies on one side of 65 or inside one band.

using namespace relais::core;

namespace {

AgeFacts bornOn(int year, int month, int day)
{
    AgeFacts facts;
    facts.birthDate = packDay(year, month, day);
    return facts;
}

AgeFacts bornIn(int year)
{
    AgeFacts facts;
    facts.birthYear = year;
    return facts;
}

AgeFacts band(int ageMin, int ageMax)
{
    AgeFacts facts;
    facts.ageMin = ageMin;
    facts.ageMax = ageMax;
    return facts;
}

constexpr PackedDay on(int year, int month, int day)
{
    return packDay(year, month, day);
}

} // namespace

TEST_CASE("Packed days keep the date and order like dates", "[core][age]")
{
    CHECK(packDay(QDate(2025, 1, 31)) == 20250131);
    CHECK(unpackDay(20240229) == QDate(2024, 2, 29));
    CHECK(packDay(QDate()) == 0);
    CHECK(on(2024, 12, 31) < on(2025, 1, 1));
}

TEST_CASE("A birth date counts as 65 or more from the 65th birthday on", "[core][age]")
{
    const AgeFacts facts = bornOn(1960, 6, 15);
    CHECK(AgeRules::possibleAges(facts, on(2025, 6, 14))->oldest == 64);
    CHECK(AgeRules::sideOf65(facts, on(2025, 6, 14)) == AgeSide::Under65);
    CHECK(AgeRules::sideOf65(facts, on(2025, 6, 15)) == AgeSide::SixtyFivePlus);
    CHECK(AgeRules::bracket(facts, on(2025, 6, 14)) == AgeBracket::From50To64);
    CHECK(AgeRules::bracket(facts, on(2025, 6, 15)) == AgeBracket::SixtyFivePlus);
}

TEST_CASE("Someone born on 29 February has their birthday on 1 March in common years", "[core][age]")
{
    const AgeFacts facts = bornOn(1960, 2, 29);
    // 2025 is a common year: still 64 on 28 February, 65 on 1 March.
    CHECK(AgeRules::possibleAges(facts, on(2025, 2, 28))->youngest == 64);
    CHECK(AgeRules::sideOf65(facts, on(2025, 2, 28)) == AgeSide::Under65);
    CHECK(AgeRules::possibleAges(facts, on(2025, 3, 1))->youngest == 65);
    CHECK(AgeRules::sideOf65(facts, on(2025, 3, 1)) == AgeSide::SixtyFivePlus);
    // 2024 is a leap year: 64 on the 29th itself, 63 the day before.
    CHECK(AgeRules::possibleAges(facts, on(2024, 2, 28))->youngest == 63);
    CHECK(AgeRules::possibleAges(facts, on(2024, 2, 29))->youngest == 64);
}

TEST_CASE("A birth year alone counts as 65+ from 66 years on, under 65 up to 64, unknown at 65", "[core][age]")
{
    const AgeFacts facts = bornIn(1959);
    CHECK(AgeRules::sideOf65(facts, on(2025, 1, 1)) == AgeSide::SixtyFivePlus); // 2025 - 1959 = 66
    CHECK(AgeRules::sideOf65(facts, on(2024, 12, 31)) == AgeSide::Unknown);      // 65: 64 or 65
    CHECK(AgeRules::sideOf65(facts, on(2023, 12, 31)) == AgeSide::Under65);      // 64: 63 or 64
    const auto ages = AgeRules::possibleAges(facts, on(2024, 7, 1));
    REQUIRE(ages);
    CHECK(ages->youngest == 64);
    CHECK(ages->oldest == 65);
}

TEST_CASE("A birth year alone gives a band only when both possible ages fall in it", "[core][age]")
{
    CHECK(AgeRules::bracket(bornIn(1996), on(2025, 5, 1)) == AgeBracket::From18To29); // 28 or 29
    CHECK(AgeRules::bracket(bornIn(1995), on(2025, 5, 1)) == AgeBracket::Unknown);    // 29 or 30
    CHECK(AgeRules::bracket(bornIn(1960), on(2025, 5, 1)) == AgeBracket::Unknown);    // 64 or 65
    CHECK(AgeRules::bracket(bornIn(1959), on(2025, 5, 1)) == AgeBracket::SixtyFivePlus); // 65 or 66
    CHECK(AgeRules::bracket(bornIn(2025), on(2025, 5, 1)) == AgeBracket::Under18);       // 0
}

TEST_CASE("A birth date wins over a birth year and an age band", "[core][age]")
{
    AgeFacts facts = bornOn(1990, 1, 1);
    facts.birthYear = 1950;
    facts.ageMin = 70;
    facts.ageMax = 80;
    CHECK(AgeRules::sideOf65(facts, on(2025, 1, 1)) == AgeSide::Under65);
    facts.birthDate = 0;
    CHECK(AgeRules::sideOf65(facts, on(2025, 1, 1)) == AgeSide::SixtyFivePlus); // the year: 75
    facts.birthYear = 1960;
    CHECK(AgeRules::sideOf65(facts, on(2025, 1, 1)) == AgeSide::Unknown); // the year wins over the band: 65
}

TEST_CASE("An age band counts when it lies wholly on one side of 65 or inside one band", "[core][age]")
{
    CHECK(AgeRules::sideOf65(band(65, 75), on(2025, 1, 1)) == AgeSide::SixtyFivePlus);
    CHECK(AgeRules::sideOf65(band(50, 64), on(2025, 1, 1)) == AgeSide::Under65);
    CHECK(AgeRules::sideOf65(band(60, 70), on(2025, 1, 1)) == AgeSide::Unknown);
    CHECK(AgeRules::bracket(band(30, 40), on(2025, 1, 1)) == AgeBracket::From30To49);
    CHECK(AgeRules::bracket(band(25, 35), on(2025, 1, 1)) == AgeBracket::Unknown);
    CHECK(AgeRules::bracket(band(0, 17), on(2025, 1, 1)) == AgeBracket::Under18);
    // One end missing (imports): "70 or more", "under 16".
    CHECK(AgeRules::sideOf65(band(70, -1), on(2025, 1, 1)) == AgeSide::SixtyFivePlus);
    CHECK(AgeRules::bracket(band(70, -1), on(2025, 1, 1)) == AgeBracket::SixtyFivePlus);
    CHECK(AgeRules::sideOf65(band(60, -1), on(2025, 1, 1)) == AgeSide::Unknown);
    CHECK(AgeRules::sideOf65(band(-1, 15), on(2025, 1, 1)) == AgeSide::Under65);
    CHECK(AgeRules::bracket(band(-1, 15), on(2025, 1, 1)) == AgeBracket::Under18);
}

TEST_CASE("Nothing known, or impossible facts, give an unknown age", "[core][age]")
{
    CHECK_FALSE(AgeRules::possibleAges(AgeFacts{}, on(2025, 1, 1)));
    CHECK(AgeRules::classify(AgeFacts{}, on(2025, 1, 1)).side == AgeSide::Unknown);
    CHECK(AgeRules::classify(AgeFacts{}, on(2025, 1, 1)).bracket == AgeBracket::Unknown);
    // Born after the encounter, a band upside down.
    CHECK_FALSE(AgeRules::possibleAges(bornOn(2025, 6, 1), on(2025, 5, 31)));
    CHECK_FALSE(AgeRules::possibleAges(bornIn(2026), on(2025, 5, 31)));
    CHECK_FALSE(AgeRules::possibleAges(band(50, 40), on(2025, 5, 31)));
}

TEST_CASE("A person's stored facts give the same answers", "[core][age]")
{
    Person person;
    person.ageBand = AgeBand{70, 80};
    CHECK(AgeRules::classify(person, QDate(2025, 1, 1)).side == AgeSide::SixtyFivePlus);
    person.birthYear = 1990;
    CHECK(AgeRules::classify(person, QDate(2025, 1, 1)).bracket == AgeBracket::From30To49); // 34 or 35
    person.birthDate = QDate(2010, 3, 1);
    const AgeClass child = AgeRules::classify(person, QDate(2025, 1, 1));
    CHECK(child.side == AgeSide::Under65);
    CHECK(child.bracket == AgeBracket::Under18);
}

TEST_CASE("A class said to hold over a range is the class of every day in it", "[core][age]")
{
    // Every kind of fact near the band boundaries, over ranges of one day to
    // three years that start and end around birthdays and new years.
    std::vector<AgeFacts> facts = {AgeFacts {}, band(70, 80), band(60, 70), band(80, 70), band(-1, 17), band(66, -1)};
    for (int year : {1958, 1959, 1960, 1995, 1996, 2006, 2007, 2024, 2026}) {
        facts.push_back(bornIn(year));
        facts.push_back(bornOn(year, 2, 29));
        facts.push_back(bornOn(year, 7, 14));
        facts.push_back(bornOn(year, 12, 31));
    }
    const QDate starts[] = {QDate(2023, 12, 30), QDate(2024, 2, 28), QDate(2024, 7, 14), QDate(2025, 1, 1)};
    const int lengths[] = {1, 2, 30, 365, 366, 800, 1100};
    int constant = 0;
    int varying = 0;
    for (const AgeFacts& fact : facts) {
        for (const QDate& start : starts) {
            for (int length : lengths) {
                const QDate end = start.addDays(length - 1);
                const auto over = AgeRules::classOver(fact, packDay(start), packDay(end));
                for (QDate day = start; day <= end; day = day.addDays(1)) {
                    const AgeClass on = AgeRules::classify(fact, packDay(day));
                    if (over) {
                        INFO("birth " << fact.birthDate << " year " << fact.birthYear << " band " << fact.ageMin << ".."
                                      << fact.ageMax << " on " << day.toString(Qt::ISODate).toStdString());
                        REQUIRE(on.side == over->side);
                        REQUIRE(on.bracket == over->bracket);
                    }
                }
                if (over) {
                    ++constant;
                } else {
                    ++varying;
                }
                if (length == 1) {
                    CHECK(over.has_value()); // one day: its own class
                }
            }
        }
    }
    CHECK(constant > varying); // the shortcut is the usual case
    CHECK(varying > 0);
    // Turning 18 within the range: not constant; a whole year at 40: constant.
    CHECK_FALSE(AgeRules::classOver(bornOn(2007, 7, 14), packDay(2025, 1, 1), packDay(2025, 12, 31)));
    const auto forty = AgeRules::classOver(bornOn(1985, 3, 3), packDay(2025, 1, 1), packDay(2025, 12, 31));
    REQUIRE(forty);
    CHECK(forty->bracket == AgeBracket::From30To49);
    CHECK(forty->side == AgeSide::Under65);
}
