// Tools > Preferences: language, idle lock time and palette, kept in QSettings
// (test mode: a throw-away location), and the window layout remembered.

#include "SignedInWindow.h"
#include "core/Settings.h"
#include "gui/AutoLock.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/PreferencesDialog.h"
#include "gui/Theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace relais;
using core::Settings;
using test::SignedInWindow;

TEST_CASE("Preferences change the idle lock time and the palette at once, the language at the next start",
          "[gui][preferences]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    gui::MainWindow& window = signedIn.window;
    auto* action = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));

    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<gui::PreferencesDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
        auto* idle = dialog->findChild<QSpinBox*>(QStringLiteral("idleMinutesSpinBox"));
        auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("themeComboBox"));
        if (language && idle && theme) {
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            idle->setValue(7);
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            driven = true;
        }
        dialog->accept();
    });
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    REQUIRE(driven);

    const Settings settings;
    CHECK(settings.value(Settings::Key::Language).toString() == QStringLiteral("fr"));
    CHECK(settings.value(Settings::Key::IdleLockMinutes).toInt() == 7);
    CHECK(settings.value(Settings::Key::Theme).toString() == QStringLiteral("dark"));
    CHECK(window.idleWatcher()->timeout() == 7 * 60 * 1000);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("next time")));

    // Back to the defaults for the other tests.
    Settings reset;
    for (auto key : {Settings::Key::Language, Settings::Key::IdleLockMinutes, Settings::Key::Theme}) {
        reset.setValue(key, Settings::defaultValue(key));
    }
    gui::applyTheme(QString());
}

TEST_CASE("The window remembers its size for the next start, and nothing about clients goes in the settings",
          "[gui][preferences]")
{
    QByteArray geometry;
    {
        SignedInWindow signedIn(QStringLiteral("marie"));
        signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
        signedIn.window.resize(900, 640);
        REQUIRE(signedIn.window.close());
        geometry = Settings().value(Settings::Key::WindowGeometry).toByteArray();
        CHECK_FALSE(geometry.isEmpty());
    }
    test::WorkspaceFixture fixture(QStringLiteral("marie"));
    gui::MainWindow again(fixture.store.clock);
    CHECK(again.size() == QSize(900, 640));
    // The settings file: layout only.
    QSettings raw;
    raw.sync();
    QFile file(raw.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains("Lambert"));
    CHECK_FALSE(bytes.contains("Zo"));
}

TEST_CASE("Quitting offers a backup when none was made in the past week, and a backup stops the reminder",
          "[gui][backup]")
{
    test::SignedInWindow signedIn(QStringLiteral("lea"));
    gui::MainWindow& window = signedIn.window;
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    window.offerBackup();
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("No backup")));

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("backup.db"));
    gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE(window.backUpTo(path));
    CHECK(QFile::exists(path));
    CHECK(QFile::exists(path + QStringLiteral(".slots")));
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("backup.db")));

    // Backed up today: quitting asks nothing.
    gui::MessageBox::setNextAnswer(QMessageBox::No);
    window.offerBackup();
    CHECK(gui::MessageBox::lastText().contains(QStringLiteral("backup.db")));
    gui::MessageBox::information(nullptr, QString(), QString()); // takes the unused answer back
}
