#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace relais::core {

enum class TextEncoding {
    Utf8, // with or without a byte-order mark
    Windows1252, // what Excel writes as "CSV" in a French (or any Western) locale
};

// One record of a CSV file and the line of the file it starts on (1 = the first
// line), so that a problem can be named by the line a spreadsheet shows.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvSyntaxError
{
    int line = 0; // where the broken record starts
    QString reason;
};

// Reads a whole CSV file held in memory (a mapped file) with libcsv: RFC 4180
// quoting, fields spanning lines, CRLF, LF or CR line ends. Before parsing it
// picks the encoding (UTF-8 with or without a BOM; any byte sequence that is not
// UTF-8 is Windows-1252) and the delimiter (`,`, `;` or tab, whichever the first
// line has most of outside quotes). Strict about quotes: a stray quote is an
// error naming its line rather than a silently shifted column.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // `bytes` must stay valid while the reader is used.
    explicit CsvReader(QByteArrayView bytes);

    TextEncoding encoding() const { return m_encoding; }
    bool hasByteOrderMark() const { return m_bom; }
    char delimiter() const { return m_delimiter; }
    // Bytes read so far, for progress.
    qint64 position() const { return m_position; }
    qint64 size() const { return m_bytes.size(); }

    // Returns false from the handler to stop reading.
    using RecordHandler = std::function<bool(const CsvRecord&)>;
    // Calls `onRecord` for every record, the header first, skipping blank lines.
    // Returns the syntax error that stopped it, if any.
    std::optional<CsvSyntaxError> read(const RecordHandler& onRecord);

    static bool isValidUtf8(QByteArrayView bytes);
    static QString decodeWindows1252(QByteArrayView bytes);
    // The delimiter of a file whose first line is `firstLine`: `,` unless `;` or a
    // tab is more frequent outside quotes.
    static char detectDelimiter(QByteArrayView firstLine);

private:
    QByteArrayView m_bytes; // without the byte-order mark
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_bom = false;
    bool m_utf16 = false;
    bool m_workbook = false; // a zip: an .xlsx or .ods saved under a .csv name
    bool m_binary = false; // NUL bytes or mostly control characters: not text
    char m_delimiter = ',';
    qint64 m_position = 0;
};

} // namespace relais::core
