#pragma once

#include "CsvReader.h"
#include "ExchangeFormat.h"
#include "ExchangeRepository.h"
#include "core/domain/AuditService.h"
#include "core/domain/ServiceContext.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <vector>

namespace relais::core {

struct ImportOptions
{
    bool dryRun = false; // check everything, change nothing
    // Called now and then with the bytes read so far; returning false cancels.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// One thing wrong with the file, named as a spreadsheet shows it: the line the
// record starts on and the header's name of the column ("" for the whole record).
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;
};

struct ImportReport
{
    ExchangeKind kind = ExchangeKind::People;
    bool dryRun = false;
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    int rows = 0; // records after the header, blank ones not counted
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int newTerritories = 0;
    int newProblems = 0;
    // Their names as the file first spelled them, so that a misspelling that made
    // a new entry is seen at once (the first 20 of each).
    QStringList newTerritoryNames;
    QStringList newProblemNames;
    QStringList ignoredColumns; // header names Relais does not know (a warning)
    std::vector<ImportProblem> problems; // the first kKeptProblems, in file order
    qint64 problemCount = 0;

    bool accepted() const { return problemCount == 0; }
};

// Imports one spreadsheet of partners, people, interventions or cases, all or
// nothing: every record is checked (values matched, references resolved, the
// caseload cap counted) and written in one unit of work, which is committed only
// if no record had a problem; else nothing changes and the refused attempt is
// audited. Statements are prepared once and reference lists held in memory, so
// a million interventions take seconds, not hours: no per-record service call
// and one audit entry per import, not per record.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    static constexpr int kKeptProblems = 1000;

    ImportService(ServiceContext& context, ExchangeRepository& repository);

    // Whether the actor may import at all: team leads and administrators.
    static bool mayImport(const UserAccount& actor);
    // " New territories: …. New problems: …." naming what the file created (""
    // when nothing), for the summary after an import or a dry run.
    static QString newEntriesText(const ImportReport& report);

    // Team leads and administrators only (PermissionDenied otherwise). Problems
    // with the file are in the report (accepted() false), not an Error.
    Result<ImportReport> importFile(const UserAccount& actor, ExchangeKind kind, const QString& path,
                                    const ImportOptions& options = {});
    Result<ImportReport> importData(const UserAccount& actor, ExchangeKind kind, QByteArrayView bytes,
                                    const ImportOptions& options = {});

private:
    ServiceContext& m_context;
    ExchangeRepository& m_repository;
    AuditService m_audit;
};

} // namespace relais::core
