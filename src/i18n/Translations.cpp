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

bool installTranslations(QLocale::Language language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    const QString code = language == QLocale::French ? u"fr"_s : u"en"_s;
    bool ok = true;
    // Owned by the application, alive as long as it is.
    auto* own = new QTranslator(app);
    if (own->load(u":/i18n/relais_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(own);
    } else {
        ok = false;
        core::logger(core::kLogApp)->warn("translation for {} missing", code.toStdString());
    }
    if (language == QLocale::French) {
        auto* qt = new QTranslator(app);
        if (qt->load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            core::logger(core::kLogApp)->info("Qt's own French translation not found");
        }
    }
    return ok;
}

} // namespace relais::i18n
