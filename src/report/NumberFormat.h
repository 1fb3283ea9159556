#pragma once

#include <QLocale>
#include <QString>

namespace relais::report {

// Numbers as a reader of the report's language expects them: "1 664" and "30,5 %"
// in French, "1,664" and "30.5%" in English.
class NumberFormat
{
public:
    explicit NumberFormat(const QLocale& locale);

    QString count(qint64 value) const;
    // A fraction between 0 and 1 as a percentage with `decimals` places.
    QString percent(double fraction, int decimals = 1) const;

private:
    QLocale m_locale;
};

} // namespace relais::report
