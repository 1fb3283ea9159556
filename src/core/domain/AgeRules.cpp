#include "AgeRules.h"

#include "Entities.h"

#include <algorithm>
#include <array>

namespace relais::core {

namespace {

struct Bracket
{
    AgeBracket bracket;
    int youngest;
    int oldest;
};

constexpr std::array kBrackets = {
    Bracket{AgeBracket::Under18, 0, 17},
    Bracket{AgeBracket::From18To29, 18, 29},
    Bracket{AgeBracket::From30To49, 30, 49},
    Bracket{AgeBracket::From50To64, 50, 64},
    Bracket{AgeBracket::SixtyFivePlus, 65, PossibleAges::kOpenEnded},
};

AgeSide sideOf(const PossibleAges& ages)
{
    if (ages.youngest >= 65) {
        return AgeSide::SixtyFivePlus;
    }
    if (ages.oldest <= 64) {
        return AgeSide::Under65;
    }
    return AgeSide::Unknown;
}

AgeBracket bracketOf(const PossibleAges& ages)
{
    for (const Bracket& candidate : kBrackets) {
        if (ages.youngest >= candidate.youngest && ages.oldest <= candidate.oldest) {
            return candidate.bracket;
        }
    }
    return AgeBracket::Unknown;
}

} // namespace

std::optional<PossibleAges> AgeRules::possibleAges(const AgeFacts& facts, PackedDay day)
{
    if (facts.birthDate > 0) {
        // On packed days, (day - birth) / 10000 is the number of birthdays passed:
        // the month and day digits compare like (month, day) pairs, so someone born
        // on 29 February is a year older on 1 March in a common year (0301 > 0229)
        // and not on 28 February (0228 < 0229).
        if (day < facts.birthDate) {
            return std::nullopt;
        }
        const int age = (day - facts.birthDate) / 10000;
        return PossibleAges{age, age};
    }
    if (facts.birthYear > 0) {
        // Born in year b: on a day of year Y, Y - b once the birthday has passed,
        // Y - b - 1 before it.
        const int older = day / 10000 - facts.birthYear;
        if (older < 0) {
            return std::nullopt;
        }
        return PossibleAges{std::max(older - 1, 0), older};
    }
    if (facts.ageMin >= 0 || facts.ageMax >= 0) {
        // Either end may be missing (imports): "60 or more", "under 20".
        const PossibleAges ages{std::max(facts.ageMin, 0),
                                facts.ageMax >= 0 ? facts.ageMax : PossibleAges::kOpenEnded};
        if (ages.youngest > ages.oldest) {
            return std::nullopt;
        }
        return ages;
    }
    return std::nullopt;
}

AgeSide AgeRules::sideOf65(const AgeFacts& facts, PackedDay day)
{
    const auto ages = possibleAges(facts, day);
    return ages ? sideOf(*ages) : AgeSide::Unknown;
}

AgeBracket AgeRules::bracket(const AgeFacts& facts, PackedDay day)
{
    const auto ages = possibleAges(facts, day);
    return ages ? bracketOf(*ages) : AgeBracket::Unknown;
}

AgeClass AgeRules::classify(const AgeFacts& facts, PackedDay day)
{
    const auto ages = possibleAges(facts, day);
    if (!ages) {
        return {};
    }
    return {sideOf(*ages), bracketOf(*ages)};
}

std::optional<AgeClass> AgeRules::classOver(const AgeFacts& facts, PackedDay from, PackedDay to)
{
    const auto last = possibleAges(facts, to);
    if (!last) {
        // Impossible on the last day (not born yet, an empty band, nothing
        // known) is impossible on every day before it.
        return AgeClass {};
    }
    const auto first = possibleAges(facts, from);
    if (!first) {
        return std::nullopt; // born during the range
    }
    if (first->youngest == last->youngest && first->oldest == last->oldest) {
        return AgeClass {sideOf(*first), bracketOf(*first)};
    }
    // The youngest and oldest possible ages only grow: a side or band that holds
    // them on both ends holds them on every day between. Unknown on both ends
    // (straddling a boundary) may still be known in between: not constant.
    const AgeClass atFirst {sideOf(*first), bracketOf(*first)};
    const AgeClass atLast {sideOf(*last), bracketOf(*last)};
    if (atFirst.side == atLast.side && atFirst.bracket == atLast.bracket && atFirst.side != AgeSide::Unknown
        && atFirst.bracket != AgeBracket::Unknown) {
        return atFirst;
    }
    return std::nullopt;
}

AgeFacts AgeRules::factsOf(const Person& person)
{
    AgeFacts facts;
    facts.birthDate = person.birthDate ? packDay(*person.birthDate) : 0;
    facts.birthYear = person.birthYear.value_or(0);
    if (person.ageBand.isSet()) {
        facts.ageMin = person.ageBand.minAge;
        facts.ageMax = person.ageBand.maxAge;
    }
    return facts;
}

AgeClass AgeRules::classify(const Person& person, const QDate& day)
{
    return classify(factsOf(person), packDay(day));
}

} // namespace relais::core
