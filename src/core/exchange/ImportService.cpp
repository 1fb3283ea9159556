#include "ImportService.h"

#include "ImportContext.h"
#include "RowImporters.h"
#include "ValueMatcher.h"

#include <QFile>
#include <QFileInfo>

namespace relais::core {

namespace {

constexpr int kProgressEvery = 4096; // records
// About 5,000 interventions: from there a bulk load pays (ImportContext::bulkLoad).
constexpr qint64 kBulkLoadBytes = 500 * 1024;

QString entityTypeOf(ExchangeKind kind)
{
    switch (kind) {
    case ExchangeKind::Partners:
        return QStringLiteral("partner");
    case ExchangeKind::People:
        return QStringLiteral("person");
    case ExchangeKind::Interventions:
        return QStringLiteral("intervention");
    case ExchangeKind::Cases:
        return QStringLiteral("case");
    }
    return {};
}

// Where each known column of the kind is in the file (-1: absent), and the
// header's own spelling of every column, for the messages.
struct Header
{
    std::vector<int> positions;
    QStringList names;
};

// Reads the header row; a missing required column stops the import.
bool readHeader(const CsvRecord& record, ExchangeKind kind, ImportContext& context, Header& header)
{
    const auto columns = exchange::columns(kind);
    header.positions.assign(columns.size(), -1);
    QStringList keys;
    for (const ExchangeColumn& column : columns) {
        keys << ValueMatcher::matchKey(QString::fromLatin1(column.name));
    }
    const qint64 problemsBefore = context.report().problemCount;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed();
        header.names << name;
        if (name.isEmpty()) {
            continue;
        }
        const qsizetype known = keys.indexOf(ValueMatcher::matchKey(name));
        if (known < 0) {
            context.report().ignoredColumns << ImportContext::printable(name);
            continue;
        }
        int& position = header.positions[static_cast<std::size_t>(known)];
        if (position >= 0) {
            context.problem(
                record.line, name,
                ImportService::tr("The column appears twice (columns %1 and %2).").arg(position + 1).arg(i + 1));
            continue;
        }
        position = static_cast<int>(i);
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].required && header.positions[i] < 0) {
            context.problem(record.line, QString::fromLatin1(columns[i].name),
                            ImportService::tr("This required column is missing from the header (line %1). The columns "
                                              "of %2 are: %3.")
                                .arg(record.line)
                                .arg(exchange::fileName(kind), exchange::columnNames(kind).join(QStringLiteral(", "))));
        }
    }
    return context.report().problemCount == problemsBefore;
}

bool isBlankRecord(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

ImportService::ImportService(ServiceContext& context, ExchangeRepository& repository)
    : m_context(context), m_repository(repository), m_audit(context)
{
}

QString ImportService::newEntriesText(const ImportReport& report)
{
    QString text;
    auto list = [](const QStringList& names, int count) {
        QString shown = names.join(QStringLiteral(", "));
        if (count > names.size()) {
            shown += tr(" and %n more", nullptr, count - static_cast<int>(names.size()));
        }
        return shown;
    };
    if (report.newTerritories > 0) {
        text
            += QLatin1Char(' ') + tr("New territories: %1.").arg(list(report.newTerritoryNames, report.newTerritories));
    }
    if (report.newProblems > 0) {
        text += QLatin1Char(' ') + tr("New problems: %1.").arg(list(report.newProblemNames, report.newProblems));
    }
    return text;
}

bool ImportService::mayImport(const UserAccount& actor)
{
    return actor.role == Role::TeamLead || actor.role == Role::Admin;
}

Result<ImportReport> ImportService::importFile(const UserAccount& actor, ExchangeKind kind, const QString& path,
                                               const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()), "import file not readable");
    }
    if (file.size() == 0) {
        return importData(actor, kind, QByteArrayView(), options);
    }
    // Mapped rather than read: a million interventions are a few hundred megabytes.
    if (const uchar* mapped = file.map(0, file.size())) {
        return importData(actor, kind, QByteArrayView(mapped, file.size()), options);
    }
    const QByteArray bytes = file.readAll();
    return importData(actor, kind, bytes, options);
}

Result<ImportReport> ImportService::importData(const UserAccount& actor, ExchangeKind kind, QByteArrayView bytes,
                                               const ImportOptions& options)
{
    if (!mayImport(actor)) {
        return makeError(ErrorCode::PermissionDenied, tr("Only team leads and administrators import spreadsheets."),
                         "import refused for role");
    }
    ImportReport report;
    report.kind = kind;
    report.dryRun = options.dryRun;
    CsvReader reader(bytes);
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();

    // A large interventions file is a bulk load (see ExchangeRepository::beginBulkLoad);
    // the guard, declared before the unit of work, ends it after the unit is gone.
    const bool bulkLoad = kind == ExchangeKind::Interventions && !options.dryRun && reader.size() >= kBulkLoadBytes;
    struct BulkLoad
    {
        ExchangeRepository* repository = nullptr;
        ~BulkLoad()
        {
            if (repository) {
                repository->endBulkLoad();
            }
        }
    } bulkGuard;
    if (bulkLoad) {
        if (auto status = m_repository.beginBulkLoad(); !status) {
            return status.error();
        }
        bulkGuard.repository = &m_repository;
    }
    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    ImportContext context(m_context, m_repository, actor, report, reader.size(), bulkLoad);
    if (auto status = context.loadReferenceLists(); !status) {
        return status.error();
    }
    const std::unique_ptr<RowImporter> importer = makeRowImporter(kind, context);
    if (auto status = importer->prepare(); !status) {
        return status.error();
    }

    Header header;
    bool headerSeen = false;
    bool cancelled = false;
    Status failure;
    const auto syntaxError = reader.read([&](const CsvRecord& record) {
        if (!headerSeen) {
            headerSeen = true;
            return readHeader(record, kind, context, header);
        }
        if (isBlankRecord(record.fields)) {
            return true;
        }
        ++report.rows;
        for (qsizetype i = header.names.size(); i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                context.problem(record.line, QString(),
                                tr("This record has %1 values; the header names %2 columns.")
                                    .arg(record.fields.size())
                                    .arg(header.names.size()));
                return true;
            }
        }
        if (auto status = importer->importRow(ImportRow(record.line, record.fields, header.positions, header.names));
            !status) {
            failure = status;
            return false;
        }
        if (options.progress && report.rows % kProgressEvery == 0
            && !options.progress(reader.position(), reader.size())) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!failure) {
        return failure.error();
    }
    if (cancelled) {
        return makeError(ErrorCode::InputRejected, tr("The import was cancelled. Nothing was changed."),
                         "import cancelled");
    }
    if (syntaxError) {
        context.problem(syntaxError->line, QString(), syntaxError->reason);
    }
    if (!headerSeen && !syntaxError) {
        context.problem(1, QString(),
                        tr("The file is empty. Its first line must name the columns: %1.")
                            .arg(exchange::columnNames(kind).join(QStringLiteral(", "))));
    }
    if (options.progress) {
        options.progress(reader.size(), reader.size());
    }

    if (report.accepted() && !report.dryRun) {
        if (auto status = importer->finish(); !status) {
            return status.error();
        }
    }
    const QString entityType = entityTypeOf(kind);
    if (!report.accepted() || report.dryRun) {
        unit->reset(); // rolls back whatever was written before the first problem
        if (report.dryRun) {
            return report;
        }
        // The refused attempt is on the record, with counts only: never the values.
        auto refusal = m_context.transactions.begin();
        if (!refusal) {
            return refusal.error();
        }
        if (auto status = m_audit.record(
                actor, QStringLiteral("import.refused"), entityType, {},
                {QStringLiteral("rows=%1").arg(report.rows), QStringLiteral("problems=%1").arg(report.problemCount)});
            !status) {
            return status.error();
        }
        if (auto status = (*refusal)->commit(); !status) {
            return status.error();
        }
        return report;
    }
    if (auto status = m_audit.record(
            actor, QStringLiteral("import"), entityType, {},
            {QStringLiteral("rows=%1").arg(report.rows), QStringLiteral("created=%1").arg(report.created),
             QStringLiteral("updated=%1").arg(report.updated), QStringLiteral("unchanged=%1").arg(report.unchanged),
             QStringLiteral("new_territories=%1").arg(report.newTerritories),
             QStringLiteral("new_problems=%1").arg(report.newProblems)});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return report;
}

} // namespace relais::core
