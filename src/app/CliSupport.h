#pragma once

// What every sub-command of the CLI shares: its option parser and the sign-in.
// Each group of sub-commands lives in its own file (Cli.cpp, ReportCommand.cpp,
// ExchangeCommands.cpp, BackupCommands.cpp) and uses these.

#include "SecretInput.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <memory>
#include <utility>

namespace relais::app {

// A parser for one sub-command with the given value options, all required. Add
// optional ones to `parser` before parse().
struct Command
{
    QCommandLineParser parser;
    QStringList required;

    Command(std::initializer_list<std::pair<const char*, QString>> options);

    // Adds an optional option taking a value.
    void addOptional(const char* name, const QString& valueName);
    // Adds an optional flag.
    void addFlag(const char* name);

    // Empty when fine, else the usage problem. `positional` is how many
    // positional arguments are expected (0 unless told).
    QString parse(const QStringList& arguments, int positional = 0);

    QString value(const char* name) const;
    bool isSet(const char* name) const;
    QStringList positional() const { return parser.positionalArguments(); }
};

// The absolute path of --db.
QString databasePath(const Command& command);

// Signs in for a command, waiting out the back-off after failed attempts first, and
// records the sign-in in the audit trail.
core::Result<std::unique_ptr<storage::Workspace>> signIn(const QString& path, const QString& user,
                                                         SecretInput& secrets, QTextStream& err,
                                                         const core::Clock& clock);

} // namespace relais::app
