#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace relais::core {

// Writes CSV as spreadsheets read it: UTF-8 with a byte-order mark (without it,
// Excel takes UTF-8 for the local 8-bit code page), CRLF line ends, and a value
// quoted (its quotes doubled) when it holds the delimiter, a quote, a line break
// or spaces at either end, which a reader would otherwise trim. A value that a
// spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a
// carriage return and is not a number: a note "=HYPERLINK(...)", a phone
// "+1 819 ...") gets a leading apostrophe, as OWASP advises against CSV
// injection; CsvReader takes it off again, so an export imports back the same.
class CsvWriter
{
public:
    CsvWriter(QIODevice& device, char delimiter);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRecord(const QStringList& fields);
    // Writes what is buffered; false when the device refused a write.
    bool flush();
    bool ok() const { return m_ok; }

    // One value as it appears in the file (quoted when needed), in UTF-8.
    static QByteArray encodeField(const QString& field, char delimiter);
    // Whether a character opens a formula in a spreadsheet cell.
    static bool opensFormula(char16_t c)
    {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }

private:
    QIODevice& m_device;
    char m_delimiter;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace relais::core
