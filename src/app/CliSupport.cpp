#include "CliSupport.h"

#include "Cli.h"
#include "storage/DataStore.h"
#include "storage/SecureBytes.h"

#include <QFileInfo>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

using core::ErrorCode;
using storage::DataStore;

Command::Command(std::initializer_list<std::pair<const char*, QString>> options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const auto& [name, valueName] : options) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), valueName));
        required << QString::fromLatin1(name);
    }
}

void Command::addOptional(const char* name, const QString& valueName)
{
    parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), valueName));
}

void Command::addFlag(const char* name)
{
    parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
}

QString Command::parse(const QStringList& arguments, int positional)
{
    if (!parser.parse(QStringList{u"relais"_s} + arguments)) {
        return parser.errorText();
    }
    const QStringList extra = parser.positionalArguments();
    if (extra.size() > positional) {
        return Cli::tr("Unexpected argument: %1").arg(extra.at(positional));
    }
    if (extra.size() < positional) {
        return Cli::tr("Missing argument.");
    }
    for (const QString& name : required) {
        if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
            return Cli::tr("Missing option --%1.").arg(name);
        }
    }
    return {};
}

QString Command::value(const char* name) const
{
    return parser.value(QString::fromLatin1(name)).trimmed();
}

bool Command::isSet(const char* name) const
{
    return parser.isSet(QString::fromLatin1(name));
}

QString databasePath(const Command& command)
{
    return QFileInfo(command.value("db")).absoluteFilePath();
}

core::Result<std::unique_ptr<storage::Workspace>> signIn(const QString& path, const QString& user,
                                                         SecretInput& secrets, QTextStream& err,
                                                         const core::Clock& clock)
{
    auto password = secrets.read(Cli::tr("Password for %1: ").arg(user));
    if (!password) {
        return core::makeError(ErrorCode::InputRejected, Cli::tr("No password was given on standard input."));
    }
    if (const auto wait = DataStore::signInWait(path, clock); wait.count() > 0) {
        err << Cli::tr("Several failed attempts: waiting %n second(s) before checking the password.", nullptr,
                       static_cast<int>(wait.count()))
            << '\n';
        err.flush();
        QThread::sleep(static_cast<unsigned long>(wait.count()));
    }
    auto session = DataStore::unlock(path, user, *password, clock);
    storage::wipe(*password);
    if (!session) {
        return session.error();
    }
    return storage::Workspace::open(std::move(*session), clock);
}

} // namespace relais::app
