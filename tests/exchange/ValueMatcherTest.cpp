#include "core/exchange/ValueMatcher.h"

#include <catch2/catch.hpp>

using namespace relais::core;

namespace {

std::string matched(const ValueMatcher& matcher, const char* utf8)
{
    return matcher.match(QString::fromUtf8(utf8)).value_or(QStringLiteral("(none)")).toStdString();
}

} // namespace

TEST_CASE("Coded values are matched by code or French or English label, whatever the case, accents and apostrophes",
          "[exchange][values]")
{
    const ValueMatcher housing = ValueMatcher::housingSituations();
    CHECK(matched(housing, "couch_surfing") == "couch_surfing");
    CHECK(matched(housing, "Gauche-droite") == "couch_surfing");
    CHECK(matched(housing, "  GAUCHE DROITE ") == "couch_surfing");
    CHECK(matched(housing, "Couch-surfing") == "couch_surfing");
    CHECK(matched(housing, "Maison d'accueil ou hebergement") == "shelter");
    CHECK(matched(housing, "maison d’accueil ou hébergement") == "shelter");
    CHECK(matched(housing, "Sortie de prison ou d'hospitalisation") == "leaving_institution");
    CHECK(matched(housing, "logé") == "housed");
    CHECK(matched(housing, "castle") == "(none)");
}

TEST_CASE("Spreadsheet spellings: F/M/X for gender, oui/non for the permit, fr/en for the language",
          "[exchange][values]")
{
    const ValueMatcher genders = ValueMatcher::genders();
    CHECK(matched(genders, "F") == "female");
    CHECK(matched(genders, "m") == "male");
    CHECK(matched(genders, "X") == "non_binary");
    CHECK(matched(genders, "Femme") == "female");
    CHECK(matched(genders, "Woman") == "female");
    CHECK(matched(genders, "non binaire") == "non_binary");
    const ValueMatcher permits = ValueMatcher::residencePermits();
    CHECK(matched(permits, "oui") == "yes");
    CHECK(matched(permits, "NON") == "no");
    CHECK(matched(permits, "Yes") == "yes");
    CHECK(matched(permits, "inconnu") == "unknown");
    const ValueMatcher languages = ValueMatcher::languages();
    CHECK(matched(languages, "fr") == "fr");
    CHECK(matched(languages, "EN") == "en");
    CHECK(matched(languages, "Français") == "fr");
    CHECK(matched(languages, "anglais") == "en");
}

TEST_CASE("A stage is matched by its code, its labels, or either part of a label with parentheses",
          "[exchange][values]")
{
    const ValueMatcher stages = ValueMatcher::stages();
    CHECK(matched(stages, "intake") == "intake");
    CHECK(matched(stages, "Admission") == "intake");
    CHECK(matched(stages, "évaluation globale") == "assessment");
    CHECK(matched(stages, "Evaluation") == "evaluation");
    CHECK(matched(stages, "Planification") == "planning");
    CHECK(matched(stages, "suivi du plan") == "monitoring");
    CHECK(matched(stages, "Sortie") == "exit");
}

TEST_CASE("An unknown value's message lists every accepted code with its labels", "[exchange][values]")
{
    const QString message = ValueMatcher::genders().unknownValue(QStringLiteral("Fem"));
    CHECK(message.contains(QStringLiteral("\u201cFem\u201d")));
    for (const char* expected : {"female (Femme / Woman)", "male (Homme / Man)", "non_binary", "unknown", "F", "X"}) {
        INFO(expected);
        CHECK(message.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("Dates are read as YYYY-MM-DD or DD/MM/YYYY and nothing else", "[exchange][values]")
{
    CHECK(DateParsing::parseDate(u"2025-03-07") == QDate(2025, 3, 7));
    CHECK(DateParsing::parseDate(u"07/03/2025") == QDate(2025, 3, 7));
    CHECK(DateParsing::parseDate(u"7/3/2025") == QDate(2025, 3, 7));
    CHECK(DateParsing::parseDate(u" 31.12.2024 ") == QDate(2024, 12, 31));
    CHECK_FALSE(DateParsing::parseDate(u"2025-02-30"));
    CHECK_FALSE(DateParsing::parseDate(u"03/13/2025")); // month 13: not a US date in disguise
    CHECK_FALSE(DateParsing::parseDate(u"2025/03/07"));
    CHECK_FALSE(DateParsing::parseDate(u"7 mars 2025"));
    CHECK_FALSE(DateParsing::parseDate(u"2025-03-07 10:00"));
}

TEST_CASE("A date without a time is noon of that day in the organisation's zone; a time is read in that zone",
          "[exchange][values]")
{
    const QTimeZone montreal("America/Montreal");
    const auto noon = DateParsing::parseMoment(u"2025-03-07", montreal);
    REQUIRE(noon);
    CHECK(noon->day == QDate(2025, 3, 7));
    CHECK(noon->utc == QDateTime(QDate(2025, 3, 7), QTime(17, 0), Qt::UTC));
    // 22:30 on 7 March in Montreal is 8 March in UTC, but the day stays the 7th.
    const auto evening = DateParsing::parseMoment(u"07/03/2025 22:30", montreal);
    REQUIRE(evening);
    CHECK(evening->day == QDate(2025, 3, 7));
    CHECK(evening->utc == QDateTime(QDate(2025, 3, 8), QTime(3, 30), Qt::UTC));
    CHECK(DateParsing::parseMoment(u"2025-03-07T08:15:30", montreal)->utc
          == QDateTime(QDate(2025, 3, 7), QTime(13, 15, 30), Qt::UTC));
    CHECK(DateParsing::parseMoment(u"2025-03-07 14h05", montreal)->utc
          == QDateTime(QDate(2025, 3, 7), QTime(19, 5), Qt::UTC));
    CHECK_FALSE(DateParsing::parseMoment(u"2025-03-07 25:00", montreal));
    CHECK_FALSE(DateParsing::parseMoment(u"2025-03-07 noon", montreal));
}
