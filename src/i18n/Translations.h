#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace relais::i18n {

// The interface language: French or English. `setting` is the Language setting
// ("fr", "en", or empty to follow the system locale); anything but a French
// system locale falls back to English.
QLocale::Language chooseLanguage(const QString& setting, const QLocale& system = QLocale::system());

// Installs Relais's own translations and Qt's (standard buttons, dialogs) for the
// chosen language on the running application, and makes that locale the default
// so numbers and dates follow it. Call once after creating the application.
// Returns false when a translation file could not be loaded (logged; the
// interface then shows English).
bool installTranslations(QLocale::Language language);

// For the life of this object the application speaks `language` (a report in
// English from a French interface), then its own language again. Translators
// installed by installTranslations() are taken out and put back.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(QLocale::Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QList<QTranslator*> m_saved;
    QList<QTranslator*> m_added;
    QLocale m_savedLocale;
};

// The language the application currently speaks (its default locale's).
QLocale::Language currentLanguage();

// The locale used for a language: the system's own variant when it speaks that
// language (fr_BE keeps Belgian formats), else fr_CA or en_CA.
QLocale localeFor(QLocale::Language language, const QLocale& system = QLocale::system());

} // namespace relais::i18n
