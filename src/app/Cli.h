#pragma once

#include "SecretInput.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace relais::app {

// The command-line sub-commands of `relais` (init, user, check, ...). Headless:
// links core, storage and report only, and needs no display.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream& out, QTextStream& err, SecretInput& secrets, const core::Clock& clock);

    // True when `arguments` (argv without the program name) ask for the CLI rather than the GUI.
    static bool wants(const QStringList& arguments);

    // Runs one sub-command; returns the process exit code (ExitCode.h).
    int run(const QStringList& arguments);

private:
    int runInit(const QStringList& arguments);
    int runUser(const QStringList& arguments);
    int runUserAdd(const QStringList& arguments);
    int runUserPasswd(const QStringList& arguments);
    int runUserRemove(const QStringList& arguments);
    int runRecover(const QStringList& arguments);
    int runRekey(const QStringList& arguments);
    int runCheck(const QStringList& arguments);
    int runDemo(const QStringList& arguments);
    int runReport(const QStringList& arguments);  // ReportCommand.cpp
    int runImport(const QStringList& arguments);  // ExchangeCommands.cpp
    int runExport(const QStringList& arguments);  // ExchangeCommands.cpp
    int runBackup(const QStringList& arguments);  // BackupCommands.cpp
    int runRestore(const QStringList& arguments); // BackupCommands.cpp
    int runRetention(const QStringList& arguments); // RetentionCommands.cpp
    int runErase(const QStringList& arguments);     // RetentionCommands.cpp
    int printUsage(int exitCode);
    int usageError(const QString& message);
    int fail(const core::Error& error);

    QTextStream& m_out;
    QTextStream& m_err;
    SecretInput& m_secrets;
    const core::Clock& m_clock;
};

} // namespace relais::app
