// The interface in French: every main screen's labels come from the French
// translation (resources/translations/relais_fr.ts), with the seeds' vocabulary.

#include "SignedInWindow.h"
#include "gui/MainWindow.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/reports/ReportsPage.h"
#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

QStringList navigation(gui::MainWindow& window)
{
    QStringList titles;
    for (int row = 0; row < window.navigation()->count(); ++row) {
        titles << window.navigation()->item(row)->text();
    }
    return titles;
}

QStringList menus(gui::MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) {
        titles << action->text();
    }
    return titles;
}

QStringList headers(const QTableWidget* table)
{
    QStringList titles;
    for (int column = 0; column < table->columnCount(); ++column) {
        titles << table->horizontalHeaderItem(column)->text();
    }
    return titles;
}

} // namespace

TEST_CASE("Switched to French, the team lead's screens speak French", "[gui][french]")
{
    const i18n::ScopedLanguage french(QLocale::French);
    test::SignedInWindow signedIn(QStringLiteral("lea"));
    gui::MainWindow& window = signedIn.window;
    CHECK(menus(window).join(QStringLiteral(" | ")).toStdString() == "&Fichier | &Outils | &Aide");
    CHECK(navigation(window).join(QStringLiteral(" | ")).toStdString()
          == "Mes suivis | Personnes | Rencontres de proximité | Intake et liste d’attente | Organismes partenaires | "
             "Groupes | Tableau de bord | Rapports | Administration");

    REQUIRE(window.showPage(QStringLiteral("dashboardPage")));
    auto* dashboard = window.findChild<gui::DashboardPage*>(QStringLiteral("dashboardPage"));
    REQUIRE(dashboard != nullptr);
    CHECK(headers(dashboard->caseloadTable()).first() == QStringLiteral("Gestionnaire de cas"));

    REQUIRE(window.showPage(QStringLiteral("reportsPage")));
    auto* reports = window.findChild<gui::ReportsPage*>(QStringLiteral("reportsPage"));
    REQUIRE(reports != nullptr);
    CHECK(headers(reports->keyFigures())
          == QStringList{QStringLiteral("Indicateur"), QStringLiteral("Période"), QStringLiteral("Période précédente"),
                         QStringLiteral("Variation")});
    REQUIRE(reports->preview());
    CHECK(reports->keyFigures()->item(0, 0)->text() == QStringLiteral("Personnes rejointes"));
    CHECK(reports->keyFigures()->item(1, 0)->text() == QStringLiteral("Rencontres"));

    // Every label on every screen is French: none equals its English source.
    for (const char* english : {"My caseload", "People", "Dashboard", "Reports", "Persons reached", "Encounters",
                                "Calendar year", "Case manager"}) {
        for (QLabel* label : window.findChildren<QLabel*>()) {
            CHECK(label->text() != QString::fromLatin1(english));
        }
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
            CHECK(button->text() != QString::fromLatin1(english));
        }
    }
}

TEST_CASE("Switched to French, the administrator's screens speak French", "[gui][french]")
{
    const i18n::ScopedLanguage french(QLocale::French);
    test::SignedInWindow signedIn(QStringLiteral("admin"));
    CHECK(navigation(signedIn.window).join(QStringLiteral(" | ")).toStdString()
          == "Personnes | Organismes partenaires | Administration");
}
