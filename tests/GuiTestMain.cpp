// The Catch2 main for GUI tests: a QApplication on the platform QT_QPA_PLATFORM
// names (offscreen in scripts/test).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    // Test discovery runs at build time, maybe with no display: never need one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-gui-tests"));
    return Catch::Session().run(argc, argv);
}
