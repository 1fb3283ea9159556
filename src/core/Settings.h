#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace relais::core {

// The one typed door to QSettings (KeePassXC's Config). QSettings lives in the
// operating-system account, shared on an office computer, so it holds only
// machine- and layout-level values: never anything about a client.
class Settings
{
public:
    enum class Key {
        LogLevel,
        Language,          // "", "fr" or "en"; empty follows the system
        LastDatabasePath,
        IdleLockMinutes,
        WindowGeometry,
        WindowState,
        Theme,             // "", "light" or "dark"; empty follows the desktop
    };

    // Uses the application's default QSettings location.
    Settings();
    // Uses an INI file at `iniPath` (tests).
    explicit Settings(const QString& iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    static QVariant defaultValue(Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace relais::core
