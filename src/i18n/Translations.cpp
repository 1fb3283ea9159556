#include "Translations.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace relais::i18n {

QLocale::Language chooseLanguage(const QString& setting, const QLocale& system)
{
    const QString wanted = setting.trimmed().toLower();
    if (wanted == u"fr"_s) {
        return QLocale::French;
    }
    if (wanted == u"en"_s) {
        return QLocale::English;
    }
    return system.language() == QLocale::French ? QLocale::French : QLocale::English;
}

QLocale localeFor(QLocale::Language language, const QLocale& system)
{
    if (system.language() == language) {
        return system;
    }
    return QLocale(language, QLocale::Canada);
}

namespace {

// Loads and installs the translators of `language`, owned by the application.
QList<QTranslator*> installFor(QLocale::Language language, bool* ok)
{
    QList<QTranslator*> installed;
    auto* app = QCoreApplication::instance();
    const QString code = language == QLocale::French ? u"fr"_s : u"en"_s;
    // Owned by the application, alive as long as it is.
    auto* own = new QTranslator(app);
    if (own->load(u":/i18n/relais_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
        *ok = false;
        core::logger(core::kLogApp)->warn("translation for {} missing", code.toStdString());
    }
    if (language == QLocale::French) {
        auto* qt = new QTranslator(app);
        if (qt->load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed << qt;
        } else {
            delete qt;
            core::logger(core::kLogApp)->info("Qt's own French translation not found");
        }
    }
    return installed;
}

} // namespace

bool installTranslations(QLocale::Language language)
{
    QLocale::setDefault(localeFor(language));
    bool ok = true;
    installFor(language, &ok);
    return ok;
}

ScopedLanguage::ScopedLanguage(QLocale::Language language)
    : m_savedLocale(QLocale())
{
    if (currentLanguage() == language) {
        return;
    }
    m_saved = QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : m_saved) {
        QCoreApplication::removeTranslator(translator);
    }
    QLocale::setDefault(localeFor(language));
    bool ok = true;
    m_added = installFor(language, &ok);
}

ScopedLanguage::~ScopedLanguage()
{
    for (QTranslator* translator : m_added) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    for (QTranslator* translator : m_saved) {
        QCoreApplication::installTranslator(translator);
    }
    QLocale::setDefault(m_savedLocale);
}

QLocale::Language currentLanguage()
{
    return QLocale().language() == QLocale::French ? QLocale::French : QLocale::English;
}

} // namespace relais::i18n
