#include "Cli.h"
#include "CliSupport.h"

#include "ExitCode.h"
#include "storage/Backup.h"
#include "storage/SecureBytes.h"

#include <QFileInfo>
#include <QLocale>

#include <optional>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

using core::ErrorCode;
using storage::Backup;

namespace {

// The backup's files that exist, by name, for the confirmation.
QString backupFileNames(const QString& backupPath)
{
    QStringList names;
    for (const QString& file : Backup::filesOf(backupPath)) {
        if (QFileInfo::exists(file)) {
            names << QFileInfo(file).fileName();
        }
    }
    return names.join(u", "_s);
}

} // namespace

int Cli::runBackup(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s}, {"as", u"USER"_s}, {"out", u"FILE"_s}});
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    const QString out = QFileInfo(command.value("out")).absoluteFilePath();
    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    auto info = Backup::run(**session, out, m_clock);
    if (!info) {
        return fail(info.error());
    }
    m_out << tr("Backup written and verified: %1 (%n page(s), key generation %2).", nullptr,
                static_cast<int>(info->pages))
                 .arg(out)
                 .arg(info->generation)
          << '\n'
          << tr("Files: %1. Keep them together, on an encrypted or offline medium: every password valid today, "
                "and the recovery key, open this backup.")
                 .arg(backupFileNames(out))
          << '\n';
    m_out.flush();
    if (!info->recorded) {
        m_err << tr("Warning: the backup is complete, but the database was too busy to record it in the audit trail.")
              << '\n';
        m_err.flush();
    }
    return kExitOk;
}

int Cli::runRestore(const QStringList& arguments)
{
    Command command({{"from", u"FILE"_s}, {"db", u"NEWFILE"_s}});
    command.addOptional("as", u"USER"_s);
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }
    const QString from = QFileInfo(command.value("from")).absoluteFilePath();
    const QString target = databasePath(command);
    std::optional<std::string> password;
    std::optional<Backup::Credentials> credentials;
    if (command.isSet("as")) {
        password = m_secrets.read(tr("Password for %1 (as on the day of the backup): ").arg(command.value("as")));
        if (!password) {
            return fail(core::makeError(ErrorCode::InputRejected, tr("No password was given on standard input.")));
        }
        credentials = Backup::Credentials{command.value("as"), *password};
    }
    auto info = Backup::restore(from, target, credentials);
    if (password) {
        storage::wipe(*password);
    }
    if (!info) {
        return fail(info.error());
    }
    m_out << tr("Restored %1 from the backup of %2 (key generation %3).")
                 .arg(target, QLocale::c().toString(info->createdAt, u"yyyy-MM-dd HH:mm 'UTC'"_s))
                 .arg(info->generation)
          << '\n'
          << tr("Sign in with the accounts and passwords of that day.") << '\n';
    if (!credentials) {
        m_out << tr("To check it with a password: relais check --db %1 --as USER").arg(target) << '\n';
    }
    m_out.flush();
    return kExitOk;
}

} // namespace relais::app
