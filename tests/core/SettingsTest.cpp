#include "core/Settings.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using relais::core::Settings;

TEST_CASE("Settings give their defaults until set, and keep what is set", "[core][settings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("relais.ini"));
    {
        Settings settings(ini);
        CHECK(settings.value(Settings::Key::IdleLockMinutes).toInt() == 5);
        CHECK(settings.value(Settings::Key::LogLevel).toString() == QStringLiteral("info"));
        settings.setValue(Settings::Key::IdleLockMinutes, 10);
    }
    Settings reread(ini);
    CHECK(reread.value(Settings::Key::IdleLockMinutes).toInt() == 10);
}
