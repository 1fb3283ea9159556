#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace relais::core {
class Settings;
}

namespace relais::gui {

// Tools > Preferences: the interface language (takes effect at the next start),
// the idle time before locking, and the light or dark palette. These live in
// QSettings, which holds nothing about clients.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(core::Settings& settings, QWidget* parent = nullptr);

    // Writes the choices; true when the language changed (a restart is needed).
    bool apply();

private:
    core::Settings& m_settings;
    QComboBox* m_language = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QComboBox* m_theme = nullptr;
};

} // namespace relais::gui
