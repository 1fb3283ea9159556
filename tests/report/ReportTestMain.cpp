// The Catch2 main for the report tests: a QGuiApplication, which QPdfWriter's
// fonts need, on the platform QT_QPA_PLATFORM names (offscreen in scripts/test,
// and when there is no display at all).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-report-tests"));
    return Catch::Session().run(argc, argv);
}
