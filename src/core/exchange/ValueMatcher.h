#pragma once

#include "core/domain/Codes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <span>

namespace relais::core {

// Matches what a person typed in a spreadsheet against a list of accepted values:
// each value's code and its French and English labels, plus common spreadsheet
// spellings (F/M/X, oui/non...), ignoring case, accents, apostrophe style,
// underscores, hyphens and surrounding spaces. An unknown value gets a message
// listing what is accepted.
class ValueMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ValueMatcher)
public:
    // The key values are compared by: foldForSearch, with `_` as a space.
    static QString matchKey(const QString& text);

    // Accepts `code`, `labelFr` and `labelEn`; a label's parts around parentheses
    // ("Intake (admission)": "intake", "admission") too, unless another value owns them.
    void add(const QString& code, const QString& labelFr, const QString& labelEn);
    // Another spelling of `code` (must come after the code was added).
    void addSpelling(const QString& spelling, const QString& code);
    // The code `text` stands for, if any.
    std::optional<QString> match(const QString& text) const;
    // "street (En rue / On the street), park (Parc / Park)..."
    QString acceptedValues() const;
    bool isEmpty() const { return m_codes.isEmpty(); }

    // Every coded value of one of Codes.h's types.
    template <typename E> static ValueMatcher forCodes()
    {
        ValueMatcher matcher;
        for (const auto& entry : codedValues<E>()) {
            matcher.add(QString::fromLatin1(entry.code), QString::fromUtf8(entry.labelFr),
                        QString::fromUtf8(entry.labelEn));
        }
        return matcher;
    }
    // The spreadsheet spellings added to forCodes<E>() for gender (F/M/X),
    // residence permit (oui/non/yes/no...) and language (fr/en...).
    static ValueMatcher genders();
    static ValueMatcher residencePermits();
    static ValueMatcher languages();
    static ValueMatcher housingSituations();
    static ValueMatcher placeKinds();
    static ValueMatcher stages();

    // The message for a value that matched nothing.
    QString unknownValue(const QString& text) const;

private:
    void addKey(const QString& text, const QString& code, bool overwrite);

    QHash<QString, QString> m_byKey; // match key -> code
    QStringList m_codes; // in the order added
    QHash<QString, QString> m_descriptions; // code -> "Label fr / Label en"
    QStringList m_spellings; // extra spellings, listed after the codes
};

// Dates and times as spreadsheets write them.
class DateParsing
{
    Q_DECLARE_TR_FUNCTIONS(DateParsing)
public:
    // YYYY-MM-DD or DD/MM/YYYY (D and M may have one digit); nullopt if neither.
    static std::optional<QDate> parseDate(QStringView text);
    // A date, optionally followed by a time (HH:MM or HH:MM:SS, after a space or a T),
    // read in `zone`. A date alone is noon of that day in `zone`: the day stays the
    // same in every zone Relais is used in, and a report by day counts it right.
    struct Moment
    {
        QDateTime utc;
        QDate day; // the day in `zone`
    };
    static std::optional<Moment> parseMoment(QStringView text, const QTimeZone& zone);
    static QString expectedDate(); // "write YYYY-MM-DD or DD/MM/YYYY"
    static QString expectedDateTime(); // "... optionally followed by HH:MM"
};

} // namespace relais::core
