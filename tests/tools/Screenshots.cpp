// Renders the main screens of Relais to PNG files for docs/user-guide.md and the
// README: scripts/screenshots runs it under Xvfb (a real X server), over a demo
// database made by the demo generator, signed in as the team lead.
//   relais-screenshots OUTPUT_FOLDER

#include "app/DemoGenerator.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "gui/MainWindow.h"
#include "gui/clientfile/ClientFileWidget.h"
#include "gui/contact/ContactDialog.h"
#include "gui/reports/ReportsPage.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace relais;

namespace {

bool save(QWidget* widget, const QString& folder, const QString& name)
{
    QTest::qWait(250);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// Every main screen, signed in as the team lead then as the administrator;
// `suffix` ("" or "-fr") names the language.
bool captureAll(const QString& databasePath, const QString& folder, const QString& suffix, const core::Clock& clock)
{
    auto name = [&suffix](const char* base) -> QString { return QString::fromLatin1(base) + suffix; };
    gui::MainWindow window(clock);
    window.resize(1280, 800);
    window.setDatabasePath(databasePath);
    window.show();
    bool ok = save(&window, folder, name("sign-in"));
    if (!window.signIn(QString::fromLatin1(app::DemoGenerator::kTeamLead),
                       QString::fromLatin1(app::DemoGenerator::kPassword))) {
        return false;
    }
    ok = window.showPage(QStringLiteral("caseloadPage")) && save(&window, folder, name("caseload")) && ok;
    ok = window.showPage(QStringLiteral("peoplePage")) && save(&window, folder, name("people")) && ok;
    ok = window.showPage(QStringLiteral("outreachPage")) && save(&window, folder, name("outreach-contacts")) && ok;
    ok = window.showPage(QStringLiteral("intakePage")) && save(&window, folder, name("intake-and-waiting-list")) && ok;

    // A client file at the monitoring stage.
    storage::Workspace& workspace = *window.workspace();
    std::optional<qint64> monitored;
    if (auto users = workspace.reference().users()) {
        for (const core::UserAccount& user : *users) {
            auto cases = workspace.cases().caseload(workspace.user(), user.id);
            if (!cases) {
                continue;
            }
            for (const core::Case& value : *cases) {
                if (!monitored && value.stage == core::Stage::Monitoring) {
                    monitored = value.personId;
                }
            }
        }
    }
    if (monitored) {
        window.openPerson(*monitored);
        ok = save(&window, folder, name("client-file-monitoring")) && ok;
    } else {
        std::fprintf(stderr, "no case at the monitoring stage in the demo data\n");
        ok = false;
    }

    // The new-contact dialog, as Ctrl+N opens it.
    gui::ContactDialog contact(workspace, std::nullopt, &window);
    contact.show();
    ok = save(&contact, folder, name("new-contact")) && ok;
    contact.reject();

    ok = window.showPage(QStringLiteral("dashboardPage")) && save(&window, folder, name("dashboard")) && ok;
    if (window.showPage(QStringLiteral("reportsPage"))) {
        auto* reports = window.findChild<gui::ReportsPage*>(QStringLiteral("reportsPage"));
        const QDate today = QDate::currentDate();
        reports->setCustomPeriod(QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31));
        ok = reports->preview() && save(&window, folder, name("reports")) && ok;
    } else {
        ok = false;
    }
    window.lock();
    if (!window.signIn(QStringLiteral("admin"), QString::fromLatin1(app::DemoGenerator::kPassword))) {
        std::fprintf(stderr, "the demo administrator could not sign in\n");
        return false;
    }
    ok = window.showPage(QStringLiteral("administrationPage")) && save(&window, folder, name("administration")) && ok;
    window.lock();
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relais-screenshots"));
    if (argc != 2) {
        std::fprintf(stderr, "usage: relais-screenshots OUTPUT_FOLDER\n");
        return 1;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    QTemporaryDir dir;
    core::SystemClock clock;
    app::DemoGenerator::Options options;
    options.path = dir.filePath(QStringLiteral("demo.db"));
    options.people = 300;
    options.interventions = 3000;
    if (auto generated = app::DemoGenerator::generate(options, clock); !generated) {
        std::fprintf(stderr, "%s\n", generated.error().detail.c_str());
        return 1;
    }

    bool ok = captureAll(options.path, folder, QString(), clock);
    // The same screens in French, as a French-speaking computer shows them.
    i18n::installTranslations(QLocale::French);
    ok = captureAll(options.path, folder, QStringLiteral("-fr"), clock) && ok;
    return ok ? 0 : 1;
}
