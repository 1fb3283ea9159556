#pragma once

// How old a person was on the day of an encounter, from what is known of them: a
// birth date, a birth year alone, or an anonymous contact's age band. One
// implementation for the report, the dashboard and their tests
// (docs/report-measures.md, "Age on the day of an encounter").

#include <QDate>

#include <optional>

namespace relais::core {

struct Person;

// A day as the integer yyyymmdd (2025-01-31 is 20250131). It orders like the
// date, age arithmetic works on it directly, and it is read from the database's
// 'YYYY-MM-DD' text without building a QDate: the statistics handle a million of
// them. 0 means "no day".
using PackedDay = qint32;

constexpr PackedDay packDay(int year, int month, int day)
{
    return year * 10000 + month * 100 + day;
}
inline PackedDay packDay(const QDate& date)
{
    return date.isValid() ? packDay(date.year(), date.month(), date.day()) : 0;
}
inline QDate unpackDay(PackedDay day)
{
    return day > 0 ? QDate(day / 10000, day / 100 % 100, day % 100) : QDate();
}

// What is known of a person's age, as stored. A birth date wins over a birth
// year, which wins over an age band.
struct AgeFacts
{
    PackedDay birthDate = 0; // 0: not known
    int birthYear = 0;       // 0: not known
    int ageMin = -1;         // the age band of an anonymous contact; -1: not given
    int ageMax = -1;
};

// The ages a person may have had on a day, both inclusive.
struct PossibleAges
{
    static constexpr int kOpenEnded = 1000; // no upper bound ("60 or more")
    int youngest = 0;
    int oldest = 0;
};

// Which side of 65 (seed 002's "share of encounters with people aged 65+").
enum class AgeSide { Under65, SixtyFivePlus, Unknown };

// The report's age bands, in the order of kAgeBandCodes (Statistics.h).
enum class AgeBracket { Under18, From18To29, From30To49, From50To64, SixtyFivePlus, Unknown };

struct AgeClass
{
    AgeSide side = AgeSide::Unknown;
    AgeBracket bracket = AgeBracket::Unknown;
};

class AgeRules
{
public:
    // None when nothing is known, or when what is known is impossible on that day
    // (born after it, an age band with its minimum above its maximum).
    static std::optional<PossibleAges> possibleAges(const AgeFacts& facts, PackedDay day);
    // 65+ when every possible age is at least 65, under 65 when every one is at
    // most 64, otherwise unknown. With a birth year alone this is the rule
    // "year − birth year ≥ 66 → 65+, ≤ 64 → under 65, = 65 → unknown".
    static AgeSide sideOf65(const AgeFacts& facts, PackedDay day);
    // The band holding every possible age, otherwise unknown.
    static AgeBracket bracket(const AgeFacts& facts, PackedDay day);
    // Both at once, for the statistics' hot loop.
    static AgeClass classify(const AgeFacts& facts, PackedDay day);
    // The class every day of from..to has, when it is provably the same on all
    // of them (the statistics then classify a person once per period); none when
    // it may change within the range. Relies on the possible ages never going
    // down as days pass, whatever is known.
    static std::optional<AgeClass> classOver(const AgeFacts& facts, PackedDay from, PackedDay to);

    static AgeFacts factsOf(const Person& person);
    static AgeClass classify(const Person& person, const QDate& day);
};

} // namespace relais::core
