#include "PreferencesDialog.h"

#include "Theme.h"
#include "core/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

using core::Settings;

namespace {

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->setAccessibleName(tr("Language of the interface"));
    m_language->addItem(tr("As the computer (system language)"), QString());
    // Each language in its own name, so anyone can find theirs.
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    selectData(m_language, settings.value(Settings::Key::Language).toString());

    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(u"idleMinutesSpinBox"_s);
    m_idleMinutes->setAccessibleName(tr("Lock after this many minutes without activity"));
    m_idleMinutes->setRange(1, 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(std::clamp(settings.value(Settings::Key::IdleLockMinutes).toInt(), 1, 60));

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"themeComboBox"_s);
    m_theme->setAccessibleName(tr("Colours"));
    m_theme->addItem(tr("As the desktop"), QString());
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    selectData(m_theme, settings.value(Settings::Key::Theme).toString());

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Lock after inactivity:"), m_idleMinutes);
    form->addRow(tr("&Colours:"), m_theme);
    auto* note = new QLabel(tr("A change of language takes effect the next time Relais starts. On a shared "
                               "computer these preferences are the same for everyone using this computer "
                               "account; they contain nothing about clients."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool PreferencesDialog::apply()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.value(Settings::Key::Language).toString();
    m_settings.setValue(Settings::Key::Language, language);
    m_settings.setValue(Settings::Key::IdleLockMinutes, m_idleMinutes->value());
    const QString theme = m_theme->currentData().toString();
    if (theme != m_settings.value(Settings::Key::Theme).toString()) {
        m_settings.setValue(Settings::Key::Theme, theme);
        applyTheme(theme);
    }
    return languageChanged;
}

} // namespace relais::gui
