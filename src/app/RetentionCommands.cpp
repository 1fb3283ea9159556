// relais retention and relais erase (issue 8, item 5): the retention rule and the
// erasure of one person on request. docs/security.md, "Retention and erasure".

#include "Cli.h"
#include "CliSupport.h"

#include "ExitCode.h"

#include <QLocale>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

using core::ErrorCode;

int Cli::runRetention(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"ADMIN"_s}});
    command.addOptional("years", u"N"_s);
    command.addFlag("dry-run");
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    std::optional<int> years;
    if (command.isSet("years")) {
        bool ok = false;
        years = command.value("years").toInt(&ok);
        if (!ok) {
            return usageError(tr("--years takes a whole number of years."));
        }
    }
    const bool dryRun = command.isSet("dry-run");
    auto workspace = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!workspace) {
        return fail(workspace.error());
    }
    storage::Workspace& ws = **workspace;
    core::RetentionService& retention = ws.retention();
    const QDate today = ws.context().calendar.today(m_clock);

    if (dryRun) {
        // A preview: with --years, the period is tried, not saved.
        auto due = retention.dueForRetention(ws.user(), today, years);
        if (!due) {
            return fail(due.error());
        }
        auto stored = retention.retentionYears(ws.user());
        const int period = years ? *years : (stored ? *stored : core::RetentionService::kDefaultYears);
        m_out << tr("Dry run: with a retention period of %n year(s), these people would be anonymised "
                    "(nothing was changed):",
                    nullptr, period)
              << '\n';
        for (const core::RetentionCandidate& person : *due) {
            m_out << "  " << person.uuid << "  " << person.lastActivity.toString(Qt::ISODate) << "  "
                  << person.displayName << '\n';
        }
        m_out << tr("%n person(s) due.", nullptr, static_cast<int>(due->size())) << '\n';
        m_out.flush();
        return kExitOk;
    }

    if (years) {
        if (auto status = retention.setRetentionYears(ws.user(), *years); !status) {
            return fail(status.error());
        }
        m_out << tr("Retention period set to %n year(s).", nullptr, *years) << '\n';
    }
    auto done = retention.applyRetention(ws.user(), today);
    if (!done) {
        return fail(done.error());
    }
    for (const core::RetentionCandidate& person : *done) {
        m_out << "  " << person.uuid << '\n';
    }
    m_out << tr("%n person(s) anonymised; the freed space was overwritten. Older backups still hold their data "
                "until they are deleted.",
                nullptr, static_cast<int>(done->size()))
          << '\n';
    m_out.flush();
    return kExitOk;
}

int Cli::runErase(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"USER"_s}, {"person", u"UUID"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    const QString personUuid = command.value("person").trimmed();
    auto workspace = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!workspace) {
        return fail(workspace.error());
    }
    storage::Workspace& ws = **workspace;
    // A person at the keyboard confirms; a script (stdin not a terminal) has said so by running it.
    if (m_secrets.interactive()) {
        auto answer = m_secrets.read(tr("Erasing cannot be undone. Type the person's identifier again to confirm: "));
        if (!answer || QString::fromStdString(*answer).trimmed() != personUuid) {
            m_err << tr("relais: not confirmed; nothing was erased.") << '\n';
            m_err.flush();
            return kExitRejected;
        }
    }
    auto erased = ws.retention().erasePerson(ws.user(), personUuid);
    if (!erased) {
        return fail(erased.error());
    }
    m_out << tr("Person %1 erased: names, birth date, contact details and %n note(s) removed; the interventions and "
                "cases stay, without their text, for the statistics. Older backups still hold the file until they "
                "are deleted.",
                nullptr, erased->personNotes)
                 .arg(personUuid)
          << '\n';
    m_out.flush();
    return kExitOk;
}

} // namespace relais::app
