#include "ValueMatcher.h"

#include "core/domain/TextFolding.h"

namespace relais::core {

QString ValueMatcher::matchKey(const QString& text)
{
    QString spaced = text;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' '));
    return foldForSearch(spaced);
}

void ValueMatcher::addKey(const QString& text, const QString& code, bool overwrite)
{
    const QString key = matchKey(text);
    if (key.isEmpty()) {
        return;
    }
    if (overwrite || !m_byKey.contains(key)) {
        m_byKey.insert(key, code);
    }
}

void ValueMatcher::add(const QString& code, const QString& labelFr, const QString& labelEn)
{
    if (!m_codes.contains(code)) {
        m_codes << code;
    }
    QStringList labels;
    for (const QString& label : {labelFr, labelEn}) {
        if (!label.isEmpty() && label != code && !labels.contains(label)) {
            labels << label;
        }
    }
    m_descriptions.insert(code, labels.join(QStringLiteral(" / ")));
    // Codes and whole labels win over a part of another value's label.
    addKey(code, code, true);
    addKey(labelFr, code, true);
    addKey(labelEn, code, true);
    for (const QString& label : {labelFr, labelEn}) {
        const qsizetype open = label.indexOf(QLatin1Char('('));
        const qsizetype close = label.lastIndexOf(QLatin1Char(')'));
        if (open > 0 && close > open) {
            addKey(label.left(open), code, false);
            addKey(label.mid(open + 1, close - open - 1), code, false);
        }
    }
}

void ValueMatcher::addSpelling(const QString& spelling, const QString& code)
{
    addKey(spelling, code, true);
    m_spellings << spelling;
}

std::optional<QString> ValueMatcher::match(const QString& text) const
{
    const auto found = m_byKey.constFind(matchKey(text));
    if (found == m_byKey.constEnd()) {
        return std::nullopt;
    }
    return *found;
}

QString ValueMatcher::acceptedValues() const
{
    QStringList values;
    for (const QString& code : m_codes) {
        const QString description = m_descriptions.value(code);
        values << (description.isEmpty() ? code : tr("%1 (%2)").arg(code, description));
    }
    QString text = values.join(QStringLiteral(", "));
    if (!m_spellings.isEmpty()) {
        text += tr("; also %1").arg(m_spellings.join(QStringLiteral(", ")));
    }
    return text;
}

QString ValueMatcher::unknownValue(const QString& text) const
{
    if (m_codes.isEmpty()) {
        return tr("“%1” is not known, and there is nothing to choose from yet.").arg(text);
    }
    return tr("“%1” is not an accepted value. Accepted: %2.").arg(text, acceptedValues());
}

ValueMatcher ValueMatcher::genders()
{
    ValueMatcher matcher = forCodes<Gender>();
    matcher.addSpelling(QStringLiteral("F"), QStringLiteral("female"));
    matcher.addSpelling(QStringLiteral("M"), QStringLiteral("male"));
    matcher.addSpelling(QStringLiteral("H"), QStringLiteral("male"));
    matcher.addSpelling(QStringLiteral("X"), QStringLiteral("non_binary"));
    return matcher;
}

ValueMatcher ValueMatcher::residencePermits()
{
    ValueMatcher matcher = forCodes<ResidencePermit>();
    for (const char* yes : {"O", "Y", "1", "true", "vrai"}) {
        matcher.addSpelling(QString::fromLatin1(yes), QStringLiteral("yes"));
    }
    for (const char* no : {"N", "0", "false", "faux"}) {
        matcher.addSpelling(QString::fromLatin1(no), QStringLiteral("no"));
    }
    return matcher;
}

ValueMatcher ValueMatcher::languages()
{
    ValueMatcher matcher = forCodes<Language>();
    matcher.addSpelling(QStringLiteral("fra"), QStringLiteral("fr"));
    matcher.addSpelling(QStringLiteral("eng"), QStringLiteral("en"));
    return matcher;
}

ValueMatcher ValueMatcher::housingSituations()
{
    ValueMatcher matcher = forCodes<HousingSituation>();
    matcher.addSpelling(QStringLiteral("rue"), QStringLiteral("street"));
    return matcher;
}

ValueMatcher ValueMatcher::placeKinds()
{
    return forCodes<PlaceKind>();
}

ValueMatcher ValueMatcher::stages()
{
    ValueMatcher matcher = forCodes<Stage>();
    matcher.addSpelling(QStringLiteral("sortie"), QStringLiteral("exit"));
    matcher.addSpelling(QStringLiteral("suivi"), QStringLiteral("monitoring"));
    return matcher;
}

namespace {

// Reads 1 to `maxDigits` digits at `i`; -1 if there are none.
int readNumber(QStringView text, qsizetype& i, int minDigits, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (i < text.size() && digits < maxDigits && text[i].isDigit() && text[i].unicode() < 128) {
        value = value * 10 + (text[i].unicode() - u'0');
        ++i;
        ++digits;
    }
    return digits >= minDigits ? value : -1;
}

bool readChar(QStringView text, qsizetype& i, std::initializer_list<char16_t> accepted)
{
    if (i >= text.size()) {
        return false;
    }
    for (char16_t c : accepted) {
        if (text[i].unicode() == c) {
            ++i;
            return true;
        }
    }
    return false;
}

// The date at the start of `text`; `i` ends after it.
std::optional<QDate> readDate(QStringView text, qsizetype& i)
{
    const qsizetype start = i;
    // YYYY-MM-DD
    int year = readNumber(text, i, 4, 4);
    if (year >= 0 && readChar(text, i, {u'-'})) {
        const int month = readNumber(text, i, 1, 2);
        if (month >= 0 && readChar(text, i, {u'-'})) {
            const int day = readNumber(text, i, 1, 2);
            const QDate date(year, month, day);
            if (day >= 0 && date.isValid()) {
                return date;
            }
        }
        return std::nullopt;
    }
    // DD/MM/YYYY (also with dots or dashes: 31.12.2024)
    i = start;
    const int day = readNumber(text, i, 1, 2);
    if (day < 0 || !readChar(text, i, {u'/', u'.', u'-'})) {
        return std::nullopt;
    }
    const int month = readNumber(text, i, 1, 2);
    if (month < 0 || !readChar(text, i, {u'/', u'.', u'-'})) {
        return std::nullopt;
    }
    year = readNumber(text, i, 4, 4);
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid()) {
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<QDate> DateParsing::parseDate(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    auto date = readDate(text, i);
    if (!date || i != text.size()) {
        return std::nullopt;
    }
    return date;
}

std::optional<DateParsing::Moment> DateParsing::parseMoment(QStringView text, const QTimeZone& zone)
{
    text = text.trimmed();
    qsizetype i = 0;
    auto date = readDate(text, i);
    if (!date) {
        // A full ISO 8601 time with its offset (2026-03-02T09:30:00Z) is taken as it is.
        const QDateTime iso = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
        if (iso.isValid() && iso.timeSpec() != Qt::LocalTime) {
            const QDateTime utc = iso.toUTC();
            return Moment {utc, utc.toTimeZone(zone).date()};
        }
        return std::nullopt;
    }
    QTime time(12, 0);
    if (i < text.size()) {
        if (!readChar(text, i, {u' ', u'T'})) {
            return std::nullopt;
        }
        while (i < text.size() && text[i] == QLatin1Char(' ')) {
            ++i;
        }
        const int hour = readNumber(text, i, 1, 2);
        if (hour < 0 || !readChar(text, i, {u':', u'h', u'H'})) {
            return std::nullopt;
        }
        const int minute = readNumber(text, i, 2, 2);
        int second = 0;
        if (minute >= 0 && readChar(text, i, {u':'})) {
            second = readNumber(text, i, 2, 2);
        }
        time = QTime(hour, minute, second);
        if (minute < 0 || second < 0 || !time.isValid() || i != text.size()) {
            return std::nullopt;
        }
    }
    const QDateTime local(*date, time, zone);
    if (!local.isValid()) {
        return std::nullopt;
    }
    return Moment {local.toUTC(), *date};
}

QString DateParsing::expectedDate()
{
    return tr("write the date as YYYY-MM-DD or DD/MM/YYYY");
}

QString DateParsing::expectedDateTime()
{
    return tr("write the date as YYYY-MM-DD or DD/MM/YYYY, optionally followed by the time as HH:MM");
}

} // namespace relais::core
