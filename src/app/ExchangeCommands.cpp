#include "Cli.h"
#include "CliSupport.h"

#include "ExitCode.h"
#include "core/exchange/ExportService.h"
#include "core/exchange/ImportService.h"
#include "storage/SqliteExchangeRepository.h"

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

namespace {

// The limit: past 50 problems a list stops helping.
constexpr int kProblemsShown = 50;
// Files smaller than this import in a blink: no progress line.
constexpr qint64 kProgressFromBytes = 4 * 1024 * 1024;

} // namespace

int Cli::runImport(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"USER"_s}});
    command.addFlag("dry-run");
    if (const QString problem = command.parse(arguments, 2); !problem.isEmpty()) {
        return usageError(problem);
    }
    const QString kindName = command.positional().at(0);
    const auto kind = core::exchange::kindFromName(kindName);
    if (!kind) {
        return usageError(tr("Unknown kind of file %1: use partners, people, interventions or cases.").arg(kindName));
    }
    const QString file = command.positional().at(1);
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable()) {
        return fail(core::makeError(core::ErrorCode::NotFound, tr("Cannot read the file %1.").arg(file)));
    }
    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    storage::Workspace& workspace = **session;
    storage::SqliteExchangeRepository repository(workspace.session());
    core::ImportService importer(workspace.context(), repository);
    core::ImportOptions options;
    options.dryRun = command.isSet("dry-run");
    const bool showProgress = isatty(fileno(stderr)) != 0 && info.size() >= kProgressFromBytes;
    if (showProgress) {
        options.progress = [this, &file](qint64 done, qint64 total) {
            m_err << '\r' << tr("Reading %1: %2%").arg(file).arg(total > 0 ? done * 100 / total : 100);
            m_err.flush();
            return true;
        };
    }
    auto report = importer.importFile(workspace.user(), *kind, file, options);
    if (showProgress) {
        m_err << '\n';
    }
    if (!report) {
        return fail(report.error());
    }
    for (const QString& column : report->ignoredColumns) {
        m_err << tr("%1:1: %2: warning: unknown column, ignored").arg(file, column) << '\n';
    }
    if (!report->accepted()) {
        int shown = 0;
        for (const core::ImportProblem& problem : report->problems) {
            if (shown++ == kProblemsShown) {
                break;
            }
            if (problem.column.isEmpty()) {
                m_err << tr("%1:%2: %3").arg(file).arg(problem.line).arg(problem.reason) << '\n';
            } else {
                m_err << tr("%1:%2: %3: %4").arg(file).arg(problem.line).arg(problem.column, problem.reason) << '\n';
            }
        }
        if (report->problemCount > kProblemsShown) {
            m_err << tr("\u2026 and %n more problems", nullptr, static_cast<int>(report->problemCount - kProblemsShown))
                  << '\n';
        }
        m_err << tr("relais: %1 was not imported (problems found: %2). Nothing was changed.")
                     .arg(file)
                     .arg(report->problemCount)
              << '\n';
        m_err.flush();
        return kExitRejected;
    }
    m_err.flush();
    // "Rows" before the number: one wording for 1 and for 1,000 without a plural form.
    QString counts = tr("rows: %1 (%2 created, %3 updated, %4 unchanged); new territories: %5, new problems: %6.")
                         .arg(report->rows)
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->unchanged)
                         .arg(report->newTerritories)
                         .arg(report->newProblems);
    counts += core::ImportService::newEntriesText(*report);
    if (report->dryRun) {
        m_out << tr("%1 checked, no problems (dry run, nothing was changed): %2").arg(file, counts) << '\n';
    } else {
        m_out << tr("Imported %1: %2").arg(file, counts) << '\n';
    }
    m_out.flush();
    return kExitOk;
}

int Cli::runExport(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"USER"_s}, {"out", u"DIR"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    storage::Workspace& workspace = **session;
    storage::SqliteExchangeRepository repository(workspace.session());
    core::ExportService exporter(workspace.context(), repository);
    auto report = exporter.exportTo(workspace.user(), command.value("out"));
    if (!report) {
        return fail(report.error());
    }
    m_err << tr("Warning: these files are NOT encrypted. Keep them on an encrypted drive or delete them once "
                "imported; anyone who can read them sees every record they hold.")
          << '\n';
    m_err.flush();
    m_out << tr("Exported to %1: %2 partners, %3 people, %4 interventions, %5 cases.")
                 .arg(report->folder)
                 .arg(report->partners)
                 .arg(report->people)
                 .arg(report->interventions)
                 .arg(report->cases)
          << '\n';
    for (const QString& path : report->files) {
        m_out << "  " << path << '\n';
    }
    m_out.flush();
    return kExitOk;
}

} // namespace relais::app
