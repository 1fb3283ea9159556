#include "RowImporters.h"

#include "core/domain/PeopleService.h"

#include <QSet>
#include <QUuid>

namespace relais::core {

namespace {

// people.csv: matched by `ref` (the file's own key, which interventions.csv and
// cases.csv use); a person with no name but an alias or a description is an
// anonymous contact.
class PeopleImporter final : public RowImporter
{
public:
    // In the order of exchange::columns(ExchangeKind::People).
    enum Column {
        Ref,
        FirstName,
        LastName,
        Alias,
        BirthDate,
        BirthYear,
        GenderColumn,
        LanguageColumn,
        TerritoryName,
        Housing,
        HousingSince,
        Permit,
        Description,
        AgeMin,
        AgeMax,
        Phone,
    };

    explicit PeopleImporter(ImportContext& context)
        : RowImporter(context)
        , m_genders(ValueMatcher::genders())
        , m_languages(ValueMatcher::languages())
        , m_housing(ValueMatcher::housingSituations())
        , m_permits(ValueMatcher::residencePermits())
    {
    }

    Status importRow(const ImportRow& row) override
    {
        ImportReport& report = m_context.report();
        const qint64 problemsBefore = report.problemCount;
        const QString ref = row.value(Ref);
        if (ref.isEmpty()) {
            problem(row, Ref, ImportContext::tr("Every person needs a ref, the key other files use for them."));
            return {};
        }
        if (const int first = m_seen.value(ref); first > 0) {
            problem(row, Ref, ImportContext::tr("The ref “%1” is already on line %2.").arg(ref).arg(first));
            return {};
        }
        m_seen.insert(ref, row.line());

        auto existing = m_context.repository().findPersonByRef(ref);
        if (!existing) {
            return existing.error();
        }
        if (*existing && m_touched.contains(**existing)) {
            // Two refs of the file name one person (one was merged into the other
            // since the last import): the first row speaks for them.
            ++report.unchanged;
            return {};
        }
        if (*existing) {
            m_touched.insert(**existing);
        }
        PersonValues before;
        if (*existing) {
            auto stored = m_context.repository().personValues(**existing);
            if (!stored) {
                return stored.error();
            }
            before = std::move(*stored);
        }
        PersonValues values = before;
        for (auto [column, field] :
             {std::pair {FirstName, &PersonValues::firstName}, std::pair {LastName, &PersonValues::lastName},
              std::pair {Alias, &PersonValues::alias}, std::pair {Description, &PersonValues::description},
              std::pair {Phone, &PersonValues::phone}}) {
            if (row.has(column)) {
                values.*field = row.value(column);
            }
        }
        const QDate today = m_context.calendar().today(m_context.services().clock);
        if (row.has(BirthDate) && readDate(row, BirthDate, values.birthDate) && values.birthDate) {
            if (const QString wrong = PeopleService::birthDateProblem(*values.birthDate, today); !wrong.isEmpty()) {
                problem(row, BirthDate, wrong);
            }
        }
        if (row.has(BirthYear) && readNumber(row, BirthYear, 1900, 2100, values.birthYear) && values.birthYear) {
            if (const QString wrong = PeopleService::birthYearProblem(*values.birthYear, today); !wrong.isEmpty()) {
                problem(row, BirthYear, wrong);
            }
        }
        if (row.has(GenderColumn)) {
            std::optional<Gender> gender;
            if (readCode(row, GenderColumn, m_genders, gender)) {
                values.gender = gender.value_or(Gender::Unknown);
            }
        }
        if (row.has(LanguageColumn)) {
            readCode(row, LanguageColumn, m_languages, values.language);
        }
        if (row.has(TerritoryName)) {
            auto territory = m_context.territory(row.value(TerritoryName));
            if (!territory) {
                return territory.error();
            }
            values.territoryId = *territory;
        }
        if (row.has(Housing)) {
            readCode(row, Housing, m_housing, values.housingSituation);
        }
        if (row.has(HousingSince)) {
            readDate(row, HousingSince, values.housingSince);
        }
        if (row.has(Permit)) {
            std::optional<ResidencePermit> permit;
            if (readCode(row, Permit, m_permits, permit)) {
                values.residencePermit = permit.value_or(ResidencePermit::Unknown);
            }
        }
        if (row.has(AgeMin)) {
            readNumber(row, AgeMin, 0, 120, values.ageMin);
        }
        if (row.has(AgeMax)) {
            readNumber(row, AgeMax, 0, 120, values.ageMax);
        }
        if (values.ageMin && values.ageMax && *values.ageMin > *values.ageMax) {
            problem(row, AgeMin, ImportContext::tr("The minimum age is above the maximum age."));
        }
        if (values.firstName.isEmpty() && values.lastName.isEmpty() && values.alias.isEmpty()
            && values.description.isEmpty()) {
            problem(row, row.has(FirstName) ? FirstName : Ref,
                    ImportContext::tr("Give a first or last name, or for an anonymous person an alias."));
        }
        if (report.problemCount != problemsBefore) {
            return {};
        }

        if (*existing) {
            if (values == before) {
                ++report.unchanged;
                return {};
            }
            ++report.updated;
            if (m_context.writing()) {
                PersonRecord record {**existing, {}, ref, std::move(values)};
                return m_context.repository().updatePerson(record, m_context.actor().id, m_context.now());
            }
            return {};
        }
        ++report.created;
        if (m_context.writing()) {
            PersonRecord record {0, {}, ref, std::move(values)};
            // A ref that is a UUID (an export's) becomes the record's own UUID, so a
            // record keeps its identity from one database to the next.
            const QUuid uuid(ref);
            if (!uuid.isNull() && ref.size() == 36) {
                record.uuid = uuid.toString(QUuid::WithoutBraces);
            }
            return m_context.repository().insertPerson(record, m_context.actor().id, m_context.now());
        }
        return {};
    }

private:
    ValueMatcher m_genders;
    ValueMatcher m_languages;
    ValueMatcher m_housing;
    ValueMatcher m_permits;
    QHash<QString, int> m_seen; // ref -> line
    QSet<qint64> m_touched; // people this file already matched
};

} // namespace

std::unique_ptr<RowImporter> makePeopleImporter(ImportContext& context)
{
    return std::make_unique<PeopleImporter>(context);
}

} // namespace relais::core
