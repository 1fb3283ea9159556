#include "NumberFormat.h"

namespace relais::report {

NumberFormat::NumberFormat(const QLocale& locale)
    : m_locale(locale)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString NumberFormat::count(qint64 value) const
{
    return m_locale.toString(value);
}

QString NumberFormat::percent(double fraction, int decimals) const
{
    const QString number = m_locale.toString(fraction * 100.0, 'f', decimals);
    if (m_locale.language() == QLocale::French) {
        return number + QStringLiteral("\u00a0%");
    }
    return number + QStringLiteral("%");
}

} // namespace relais::report
