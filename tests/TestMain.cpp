// The Catch2 main for the headless test executables, in its own file: it is slow
// to compile and never changes. A QCoreApplication exists for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-tests"));
    return Catch::Session().run(argc, argv);
}
