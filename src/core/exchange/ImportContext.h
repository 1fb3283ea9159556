#pragma once

#include "ExchangeRepository.h"
#include "ImportService.h"
#include "ValueMatcher.h"
#include "core/domain/Entities.h"
#include "core/domain/ServiceContext.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace relais::core {

// What every row of an import shares: the actor and the time, the problems
// found so far, and the reference lists in memory (territories, problems,
// intervention types, partners, programmes, accounts) with the entries the file
// adds. While no problem has been found (and it is not a dry run) new entries are
// written at once, inside the import's unit of work; after that they only get a
// provisional negative id, since nothing will be committed.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    ImportContext(ServiceContext& context, ExchangeRepository& repository, const UserAccount& actor,
                  ImportReport& report, qint64 inputBytes, bool bulkLoad = false);

    Status loadReferenceLists();

    // True while rows are written: not a dry run, and no problem so far.
    bool writing() const { return !m_report.dryRun && m_report.problemCount == 0; }
    void problem(int line, const QString& column, const QString& reason);
    // `text` with its control characters written as \xNN, for messages.
    static QString printable(const QString& text);

    ServiceContext& services() { return m_context; }
    ExchangeRepository& repository() { return m_repository; }
    ImportReport& report() { return m_report; }
    const UserAccount& actor() const { return m_actor; }
    const QDateTime& now() const { return m_now; }
    const OrganisationCalendar& calendar() const { return m_context.calendar; }
    // The size of the file, to tell a bulk load from a few corrections.
    qint64 inputBytes() const { return m_inputBytes; }
    // A large file written with the foreign-key checks off, which may also drop and
    // rebuild indexes (ExchangeRepository::beginBulkLoad).
    bool bulkLoad() const { return m_bulkLoad; }

    // The territory of that name (folded), created if new; nullopt for "".
    Result<std::optional<qint64>> territory(const QString& name);
    // The problem of that label (folded), created if new.
    Result<qint64> problemLabelled(const QString& label);
    const ValueMatcher& interventionTypes() const { return m_types; }
    std::optional<qint64> interventionTypeId(const QString& code) const { return m_typeIds.value(code); }
    // Programmes by name; the matcher's codes are the names.
    const ValueMatcher& programmes() const { return m_programmes; }
    qint64 programmeId(const QString& name) const { return m_programmeIds.value(name); }
    const Programme* programme(qint64 id) const;
    qint64 defaultProgrammeId() const { return m_defaultProgrammeId; }
    // A live account by user name (case ignored).
    const UserAccount* user(const QString& userName) const;
    const UserAccount* userWithId(qint64 id) const;
    QString userNames() const;
    // Partners by code (case ignored), including those the file adds.
    PartnerOrganisation* partnerWithCode(const QString& code);
    void rememberPartner(const PartnerOrganisation& partner);
    QString partnerCodes() const;
    // A person by imported ref or UUID; cached.
    Result<std::optional<qint64>> personByRef(const QString& ref);

private:
    ServiceContext& m_context;
    ExchangeRepository& m_repository;
    UserAccount m_actor;
    ImportReport& m_report;
    QDateTime m_now;
    qint64 m_inputBytes = 0;
    bool m_bulkLoad = false;
    qint64 m_provisional = 0;

    QHash<QString, qint64> m_territories; // folded name -> id
    QHash<QString, qint64> m_problems; // folded label -> id
    QHash<QString, qint64> m_problemTexts; // label as written -> id (folding is slow)
    ValueMatcher m_types;
    QHash<QString, qint64> m_typeIds; // code -> id
    ValueMatcher m_programmes;
    QHash<QString, qint64> m_programmeIds; // name -> id
    std::vector<Programme> m_programmeList;
    qint64 m_defaultProgrammeId = 0;
    QHash<QString, UserAccount> m_users; // case-folded user name -> account
    std::vector<PartnerOrganisation> m_partners;
    QHash<QString, std::size_t> m_partnerIndex; // case-folded code -> index
    QHash<QString, qint64> m_people; // ref -> id (0: none)
};

// One record of the file, with the header's column positions.
class ImportRow
{
public:
    ImportRow(int line, const QStringList& fields, const std::vector<int>& positions, const QStringList& headerNames)
        : m_line(line), m_fields(fields), m_positions(positions), m_headerNames(headerNames)
    {
    }

    int line() const { return m_line; }
    // Whether the file has column number `column` of its kind (exchange::columns order).
    bool has(int column) const { return m_positions[static_cast<std::size_t>(column)] >= 0; }
    // The value, trimmed; "" when the column or the field is missing.
    QString value(int column) const { return raw(column).trimmed(); }
    // The value as typed (notes keep their spaces and line breaks).
    QString raw(int column) const
    {
        const int position = m_positions[static_cast<std::size_t>(column)];
        return position >= 0 && position < m_fields.size() ? m_fields.at(position) : QString();
    }
    // The column's name as the file's header writes it.
    QString name(int column) const
    {
        const int position = m_positions[static_cast<std::size_t>(column)];
        return position >= 0 ? m_headerNames.at(position) : QString();
    }

private:
    int m_line;
    const QStringList& m_fields;
    const std::vector<int>& m_positions;
    const QStringList& m_headerNames;
};

// Imports the rows of one kind. Problems go to the context; an Error means
// storage failed and stops the import.
class RowImporter
{
public:
    explicit RowImporter(ImportContext& context) : m_context(context) { }
    virtual ~RowImporter() = default;
    RowImporter(const RowImporter&) = delete;
    RowImporter& operator=(const RowImporter&) = delete;

    // Loads what the kind needs before the first row.
    virtual Status prepare() { return {}; }
    virtual Status importRow(const ImportRow& row) = 0;
    // After the last row of an accepted import, before the commit.
    virtual Status finish() { return {}; }

protected:
    void problem(const ImportRow& row, int column, const QString& reason)
    {
        m_context.problem(row.line(), row.name(column), reason);
    }
    // Shared value checks: each reads an optional value into `value` (empty for an
    // empty cell), or reports its problem, leaves `value` alone and returns false.
    bool readDate(const ImportRow& row, int column, std::optional<QDate>& value);
    bool readNumber(const ImportRow& row, int column, int low, int high, std::optional<int>& value);
    template <typename E>
    bool readCode(const ImportRow& row, int column, const ValueMatcher& matcher, std::optional<E>& value)
    {
        const QString text = row.value(column);
        if (text.isEmpty()) {
            value.reset();
            return true;
        }
        const auto code = matcher.match(text);
        const auto found = code ? fromCode<E>(*code) : std::nullopt;
        if (!found) {
            problem(row, column, matcher.unknownValue(text));
            return false;
        }
        value = found;
        return true;
    }

    ImportContext& m_context;
};

} // namespace relais::core
