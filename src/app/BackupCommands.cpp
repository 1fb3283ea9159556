#include "Cli.h"
#include "CliSupport.h"

namespace relais::app {

int Cli::runBackup(const QStringList& arguments)
{
    Q_UNUSED(arguments);
    return usageError(tr("This command is not available yet."));
}

int Cli::runRestore(const QStringList& arguments)
{
    Q_UNUSED(arguments);
    return usageError(tr("This command is not available yet."));
}

} // namespace relais::app
