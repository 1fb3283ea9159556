// relais: the GUI by default, CLI sub-commands for automation (relais --help).

#include "Cli.h"
#include "DemoGenerator.h"
#include "ExitCode.h"
#include "ProcessHardening.h"
#include "SecretInput.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Settings.h"
#include "core/Version.h"
#include "gui/MainWindow.h"
#include "gui/Theme.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(relais::core::kApplicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(relais::core::kOrganisationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(relais::core::kVersion));
}

// French or English, from the Language setting or the system locale.
void installLanguage()
{
    const relais::core::Settings settings;
    relais::i18n::installTranslations(
        relais::i18n::chooseLanguage(settings.value(relais::core::Settings::Key::Language).toString()));
}

void startLogging()
{
    const relais::core::Settings settings;
    relais::core::initLogging(relais::core::defaultLogDirectory(),
                              settings.value(relais::core::Settings::Key::LogLevel).toString());
}

} // namespace

int main(int argc, char* argv[])
{
    relais::app::hardenProcess();
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    relais::core::SystemClock clock;

    if (relais::app::Cli::wants(arguments)) {
        // No display needed. `report` draws a PDF with QPdfWriter, which needs a
        // QGuiApplication: on the offscreen platform unless one is chosen, so it
        // works over SSH and in cron. Every other command needs Qt Core only.
        std::unique_ptr<QCoreApplication> app;
        if (arguments.first() == QStringLiteral("report")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        startLogging();
        installLanguage();
        QTextStream out(stdout);
        QTextStream err(stderr);
        relais::app::StdinSecretInput secrets;
        relais::app::Cli cli(out, err, secrets, clock);
        return cli.run(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    startLogging();
    installLanguage();
    relais::core::logger(relais::core::kLogApp)->info("Relais {} starting", relais::core::kVersion);
    relais::gui::applyTheme(relais::core::Settings().value(relais::core::Settings::Key::Theme).toString());
    relais::gui::MainWindow window(clock);

    if (arguments.contains(QStringLiteral("--demo"))) {
        // A living app at once: synthetic data in a temporary folder, signed in as a team lead.
        const QString path = QDir::tempPath() + QStringLiteral("/relais-demo/demo.db");
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QApplication::setOverrideCursor(Qt::WaitCursor);
            relais::app::DemoGenerator::Options options;
            options.path = path;
            auto generated = relais::app::DemoGenerator::generate(options, clock);
            QApplication::restoreOverrideCursor();
            if (!generated) {
                std::fprintf(stderr, "relais: %s\n", qPrintable(generated.error().userMessage));
                return relais::app::kExitInternal;
            }
        }
        window.setDatabasePath(path);
        window.show();
        window.signIn(QString::fromLatin1(relais::app::DemoGenerator::kTeamLead),
                      QString::fromLatin1(relais::app::DemoGenerator::kPassword));
        return app.exec();
    }

    const relais::core::Settings settings;
    const QString lastPath = settings.value(relais::core::Settings::Key::LastDatabasePath).toString();
    window.setDatabasePath(lastPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                     + QStringLiteral("/relais.db")
                               : lastPath);
    // First run: no database yet, so the set-up wizard comes first.
    if (!window.ensureDatabase()) {
        return relais::app::kExitOk;
    }
    window.show();
    return app.exec();
}
