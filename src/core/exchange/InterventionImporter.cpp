#include "RowImporters.h"

#include <QUuid>

#include <algorithm>
#include <variant>

namespace relais::core {

namespace {

// A list cell ("helping_relationship;Socialisation") resolved once per distinct
// text: spreadsheets repeat the same few values on every line.
using ResolvedList = std::variant<std::vector<qint64>, QString>; // ids, or the problem

QStringList listItems(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(';'))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty()) {
            items << trimmed;
        }
    }
    return items;
}

void sortUnique(std::vector<qint64>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// interventions.csv: matched by `ref`; each partner listed in referred_to becomes
// an outgoing referral (proposed) made during the intervention.
class InterventionImporter final : public RowImporter
{
public:
    // In the order of exchange::columns(ExchangeKind::Interventions).
    enum Column {
        Ref,
        PersonRef,
        Date,
        Worker,
        TerritoryName,
        Place,
        Types,
        Problems,
        ReferredTo,
        Duration,
        Note,
        PlaceName
    };

    explicit InterventionImporter(ImportContext& context)
        : RowImporter(context), m_places(ValueMatcher::placeKinds()), m_latest(context.now().addSecs(3600))
    {
    }

    Status prepare() override
    {
        auto count = m_context.repository().interventionCount();
        if (!count) {
            return count.error();
        }
        // Into an empty table every ref is new: no lookup needed (the file's own
        // duplicates are caught in memory).
        m_lookUpRefs = *count > 0;
        // One ref per row: sized once rather than rehashed as a large file goes by.
        m_seen.reserve(static_cast<qsizetype>(std::min<qint64>(m_context.inputBytes() / kBytesPerRow, 10'000'000)));
        // Rebuilding indexes costs a pass over the whole tables: worth it when the
        // file brings at least as many rows as they hold.
        const qint64 expectedRows = m_context.inputBytes() / kBytesPerRow;
        if (m_context.bulkLoad() && m_context.writing() && expectedRows >= *count) {
            if (auto status = m_context.repository().dropInterventionIndexes(!m_lookUpRefs); !status) {
                return status;
            }
            m_rebuildIndexes = true;
        }
        return {};
    }

    Status finish() override { return m_rebuildIndexes ? m_context.repository().rebuildIndexes() : Status(); }

    Status importRow(const ImportRow& row) override
    {
        ImportReport& report = m_context.report();
        const qint64 problemsBefore = report.problemCount;
        const QString ref = row.value(Ref);
        if (ref.isEmpty()) {
            problem(row, Ref, ImportContext::tr("Every intervention needs a ref, its key in the file."));
            return {};
        }
        if (const auto first = m_seen.constFind(ref); first != m_seen.constEnd()) {
            problem(row, Ref, ImportContext::tr("The ref “%1” is already on line %2.").arg(ref).arg(*first));
            return {};
        }
        m_seen.insert(ref, row.line());

        InterventionValues values;
        const QString personRef = row.value(PersonRef);
        if (personRef.isEmpty()) {
            problem(row, PersonRef, ImportContext::tr("Give the ref of the person met (from people.csv)."));
        } else {
            auto person = m_context.personByRef(personRef);
            if (!person) {
                return person.error();
            }
            if (*person) {
                values.personId = **person;
            } else {
                problem(row, PersonRef,
                        ImportContext::tr("No person has the ref “%1”: import people.csv first.").arg(personRef));
            }
        }
        readDate(row, values);
        readWorker(row, values);
        const bool hasTerritory = row.has(TerritoryName);
        if (hasTerritory) {
            if (auto status = readTerritory(row, values); !status) {
                return status;
            }
        }
        const bool hasPlace = row.has(Place);
        if (hasPlace) {
            readPlace(row, values);
        }
        readList(row, Types, m_typeLists, values.typeIds, [this](const QString& text) { return resolveTypes(text); });
        if (values.typeIds.empty() && report.problemCount == problemsBefore) {
            problem(row, Types,
                    ImportContext::tr("Give at least one type of intervention. Accepted: %1.")
                        .arg(m_context.interventionTypes().acceptedValues()));
        }
        if (row.has(Problems)) {
            Status failure;
            readList(row, Problems, m_problemLists, values.problemIds,
                     [this, &failure](const QString& text) { return resolveProblems(text, failure); });
            if (!failure) {
                return failure;
            }
        }
        if (row.has(ReferredTo)) {
            readList(row, ReferredTo, m_partnerLists, values.partnerIds,
                     [this](const QString& text) { return resolvePartners(text); });
        }
        if (row.has(Duration)) {
            readNumber(row, Duration, 0, 24 * 60, values.durationMinutes);
        }
        values.note = row.raw(Note);
        values.placeName = row.value(PlaceName);
        if (report.problemCount != problemsBefore) {
            return {};
        }

        auto existing = m_lookUpRefs ? m_context.repository().findInterventionByRef(ref)
                                     : Result<std::optional<qint64>>(std::optional<qint64>());
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            auto before = m_context.repository().interventionValues(**existing);
            if (!before) {
                return before.error();
            }
            // Columns the file leaves out keep what the record has.
            if (!hasTerritory) {
                values.territoryId = before->territoryId;
            }
            if (!hasPlace) {
                values.placeKind = before->placeKind;
            }
            if (!row.has(Problems)) {
                values.problemIds = before->problemIds;
            }
            if (!row.has(ReferredTo)) {
                values.partnerIds = before->partnerIds;
            }
            if (!row.has(Duration)) {
                values.durationMinutes = before->durationMinutes;
            }
            if (!row.has(Note)) {
                values.note = before->note;
            }
            if (!row.has(PlaceName)) {
                values.placeName = before->placeName;
            }
            if (values == *before) {
                ++report.unchanged;
                return {};
            }
            ++report.updated;
            if (m_context.writing()) {
                const InterventionRecord record {**existing, {}, ref, std::move(values)};
                return m_context.repository().updateIntervention(record, *before, m_context.actor().id,
                                                                 m_context.now());
            }
            return {};
        }
        ++report.created;
        if (m_context.writing()) {
            InterventionRecord record {0, {}, ref, std::move(values)};
            const QUuid uuid(ref);
            if (!uuid.isNull() && ref.size() == 36) {
                record.uuid = uuid.toString(QUuid::WithoutBraces);
            }
            return m_context.repository().insertIntervention(record, m_context.actor().id, m_context.now());
        }
        return {};
    }

private:
    // A time in the organisation's zone is slow to convert (its rules): the moments
    // are cached per text for dates alone, and per date and hour for the common
    // "YYYY-MM-DD HH:MM", where nearly every text differs (the minutes are added to
    // the hour's moment: a zone's offset changes on the hour).
    std::optional<DateParsing::Moment> momentOf(const QString& text)
    {
        const QTimeZone& zone = m_context.calendar().zone();
        const bool hourAndMinutes = text.size() == 16 && text[4] == u'-' && text[10] == u' ' && text[13] == u':'
                                    && text[14].isDigit() && text[15].isDigit();
        if (hourAndMinutes) {
            const QString hourText = text.left(13);
            auto hour = m_dateHours.constFind(hourText);
            if (hour == m_dateHours.constEnd()) {
                hour = m_dateHours.insert(hourText, DateParsing::parseMoment(QString(hourText + u":00"), zone));
            }
            const int minutes = (text[14].unicode() - u'0') * 10 + (text[15].unicode() - u'0');
            if (*hour && minutes < 60) {
                DateParsing::Moment moment = **hour;
                moment.utc = moment.utc.addSecs(60LL * minutes);
                return moment;
            }
            return DateParsing::parseMoment(text, zone);
        }
        if (text.size() > 10) {
            return DateParsing::parseMoment(text, zone); // other forms with a time: rare, not cached
        }
        auto found = m_dates.constFind(text);
        if (found == m_dates.constEnd()) {
            found = m_dates.insert(text, DateParsing::parseMoment(text, zone));
        }
        return *found;
    }

    void readDate(const ImportRow& row, InterventionValues& values)
    {
        const QString text = row.value(Date);
        if (text.isEmpty()) {
            problem(row, Date,
                    ImportContext::tr("Give the date of the intervention: %1.").arg(DateParsing::expectedDateTime()));
            return;
        }
        const std::optional<DateParsing::Moment> found = momentOf(text);
        if (!found) {
            problem(row, Date, ImportContext::tr("“%1” is not a date: %2.").arg(text, DateParsing::expectedDateTime()));
            return;
        }
        if (found->utc > m_latest) {
            problem(row, Date, ImportContext::tr("The date %1 is in the future.").arg(text));
            return;
        }
        values.occurredAt = found->utc;
        values.occurredOn = found->day;
    }

    void readWorker(const ImportRow& row, InterventionValues& values)
    {
        const QString name = row.value(Worker);
        if (name.isEmpty()) {
            problem(row, Worker, ImportContext::tr("Give the user name of the worker who met the person."));
            return;
        }
        const UserAccount* worker = m_context.user(name);
        if (!worker) {
            problem(
                row, Worker,
                ImportContext::tr("No account has the user name “%1”. Accounts: %2.").arg(name, m_context.userNames()));
            return;
        }
        values.workerId = worker->id;
    }

    Status readTerritory(const ImportRow& row, InterventionValues& values)
    {
        const QString name = row.value(TerritoryName);
        if (const auto found = m_territories.constFind(name); found != m_territories.constEnd()) {
            values.territoryId = *found;
            return {};
        }
        auto territory = m_context.territory(name);
        if (!territory) {
            return territory.error();
        }
        m_territories.insert(name, *territory);
        values.territoryId = *territory;
        return {};
    }

    void readPlace(const ImportRow& row, InterventionValues& values)
    {
        const QString text = row.value(Place);
        if (text.isEmpty()) {
            values.placeKind = PlaceKind::Other;
            return;
        }
        auto found = m_placeKinds.constFind(text);
        if (found == m_placeKinds.constEnd()) {
            const auto code = m_places.match(text);
            found = m_placeKinds.insert(text, code ? fromCode<PlaceKind>(*code) : std::nullopt);
        }
        if (!*found) {
            problem(row, Place, m_places.unknownValue(text));
            return;
        }
        values.placeKind = **found;
    }

    template <typename Resolve>
    void readList(const ImportRow& row, int column, QHash<QString, ResolvedList>& cache, std::vector<qint64>& ids,
                  Resolve resolve)
    {
        const QString text = row.value(column);
        if (text.isEmpty()) {
            ids.clear();
            return;
        }
        auto found = cache.constFind(text);
        if (found == cache.constEnd()) {
            found = cache.insert(text, resolve(text));
        }
        if (const auto* message = std::get_if<QString>(&*found)) {
            problem(row, column, *message);
            return;
        }
        ids = std::get<std::vector<qint64>>(*found);
    }

    ResolvedList resolveTypes(const QString& text)
    {
        std::vector<qint64> ids;
        for (const QString& item : listItems(text)) {
            const auto code = m_context.interventionTypes().match(item);
            const auto id = code ? m_context.interventionTypeId(*code) : std::nullopt;
            if (!id) {
                return m_context.interventionTypes().unknownValue(item);
            }
            ids.push_back(*id);
        }
        sortUnique(ids);
        return ids;
    }

    ResolvedList resolveProblems(const QString& text, Status& failure)
    {
        std::vector<qint64> ids;
        for (const QString& item : listItems(text)) {
            auto id = m_context.problemLabelled(item);
            if (!id) {
                failure = id.error();
                return ids;
            }
            ids.push_back(*id);
        }
        sortUnique(ids);
        return ids;
    }

    ResolvedList resolvePartners(const QString& text)
    {
        std::vector<qint64> ids;
        for (const QString& item : listItems(text)) {
            const PartnerOrganisation* partner = m_context.partnerWithCode(item);
            if (!partner) {
                return ImportContext::tr("No partner organisation has the code “%1”. Known codes: %2.")
                    .arg(item, m_context.partnerCodes());
            }
            ids.push_back(partner->id);
        }
        sortUnique(ids);
        return ids;
    }

    // What a row of interventions.csv takes, roughly, to estimate a file's rows.
    static constexpr qint64 kBytesPerRow = 100;

    ValueMatcher m_places;
    bool m_lookUpRefs = true;
    bool m_rebuildIndexes = false;
    QDateTime m_latest; // an intervention may be logged up to an hour ahead, as in the window
    QHash<QString, int> m_seen; // ref -> line
    QHash<QString, std::optional<DateParsing::Moment>> m_dates;     // a date alone
    QHash<QString, std::optional<DateParsing::Moment>> m_dateHours; // "YYYY-MM-DD HH"
    QHash<QString, std::optional<qint64>> m_territories;
    QHash<QString, std::optional<PlaceKind>> m_placeKinds;
    QHash<QString, ResolvedList> m_typeLists;
    QHash<QString, ResolvedList> m_problemLists;
    QHash<QString, ResolvedList> m_partnerLists;
};

} // namespace

std::unique_ptr<RowImporter> makeInterventionImporter(ImportContext& context)
{
    return std::make_unique<InterventionImporter>(context);
}

} // namespace relais::core
