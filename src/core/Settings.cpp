#include "Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace relais::core {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::LogLevel, "logging/level", u"info"_s},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::LastDatabasePath, "storage/lastDatabasePath", QString()},
        {Settings::Key::IdleLockMinutes, "security/idleLockMinutes", 5},
        {Settings::Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {Settings::Key::WindowState, "ui/windowState", QByteArray()},
        {Settings::Key::Theme, "ui/theme", QString()},
    };
    for (const auto& entry : table) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QVariant Settings::value(Key key) const
{
    const auto& entry = info(key);
    return m_settings->value(QLatin1String(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(QLatin1String(info(key).name), value);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

} // namespace relais::core
