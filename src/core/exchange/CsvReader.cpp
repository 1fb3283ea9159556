#include "CsvReader.h"
#include "CsvWriter.h"

#include <csv.h>

#include <cstring>

namespace relais::core {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes it leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls, as Windows does.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

// libcsv's own idea of a blank line (it skips spaces and tabs before a field and
// reports no record for a line without any): such lines start no record.
bool isBlank(const char* begin, const char* end)
{
    for (const char* c = begin; c != end; ++c) {
        if (*c != ' ' && *c != '\t' && !isLineEnd(*c)) {
            return false;
        }
    }
    return true;
}

// The end of the physical line starting at `begin`, past its CR, LF or CRLF.
const char* lineEnd(const char* begin, const char* end)
{
    const char* c = begin;
    while (c != end && !isLineEnd(*c)) {
        ++c;
    }
    if (c == end) {
        return end;
    }
    if (*c == '\r' && c + 1 != end && c[1] == '\n') {
        return c + 2;
    }
    return c + 1;
}

struct ParseState
{
    const CsvReader::RecordHandler* handler = nullptr;
    TextEncoding encoding = TextEncoding::Utf8;
    CsvRecord record;
    int line = 0; // the physical line being fed to libcsv
    int recordStart = 0; // where the record in progress began
    bool inRecord = false; // libcsv holds part of a record
    bool stopped = false;
};

void onField(void* data, size_t size, void* opaque)
{
    auto* state = static_cast<ParseState*>(opaque);
    QByteArrayView bytes(static_cast<const char*>(data), static_cast<qsizetype>(data ? size : 0));
    // The apostrophe CsvWriter puts before what a spreadsheet would run as a formula.
    if (bytes.size() >= 2 && bytes.front() == '\'' && CsvWriter::opensFormula(static_cast<char16_t>(bytes[1]))) {
        bytes = bytes.sliced(1);
    }
    state->record.fields << (state->encoding == TextEncoding::Utf8 ? QString::fromUtf8(bytes)
                                                                   : CsvReader::decodeWindows1252(bytes));
}

void onRecordEnd(int, void* opaque)
{
    auto* state = static_cast<ParseState*>(opaque);
    state->record.line = state->inRecord ? state->recordStart : state->line;
    state->inRecord = false;
    if (!state->stopped && !(*state->handler)(state->record)) {
        state->stopped = true;
    }
    state->record.fields.clear();
}

struct Parser
{
    csv_parser parser {};
    bool initialised = false;
    Parser() { initialised = csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) == 0; }
    ~Parser()
    {
        if (initialised) {
            csv_free(&parser);
        }
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
};

} // namespace

CsvReader::CsvReader(QByteArrayView bytes) : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_bytes = m_bytes.sliced(3);
    } else if (m_bytes.startsWith("\xFF\xFE") || m_bytes.startsWith("\xFE\xFF")) {
        m_utf16 = true;
    } else if (m_bytes.startsWith("PK\x03\x04")) {
        m_workbook = true;
    } else {
        // Text has no NUL byte and few control characters besides tab and line ends.
        const QByteArrayView head = m_bytes.first(std::min<qsizetype>(m_bytes.size(), 4096));
        qsizetype controls = 0;
        for (const char c : head) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte == 0) {
                m_binary = true;
                break;
            }
            controls += byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
        }
        m_binary = m_binary || controls * 10 > head.size();
    }
    m_encoding = m_bom || isValidUtf8(m_bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    const char* begin = m_bytes.data();
    const char* end = begin + m_bytes.size();
    const char* line = begin;
    while (line != end) {
        const char* next = lineEnd(line, end);
        if (!isBlank(line, next)) {
            // The header is the first non-blank line; a quoted header name holding a
            // line break is not worth supporting for the delimiter's sake.
            m_delimiter = detectDelimiter(QByteArrayView(line, next - line));
            break;
        }
        line = next;
    }
}

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // Eight ASCII bytes at a time: most of a spreadsheet is ASCII.
        if (i + 8 <= size) {
            quint64 block;
            std::memcpy(&block, data + i, sizeof block);
            if ((block & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= size) {
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
        const unsigned char second = data[i + 1];
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90)
            || (c == 0xF4 && second > 0x8F)) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

QString CsvReader::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = QChar((c >= 0x80 && c < 0xA0) ? kWindows1252High[c - 0x80] : char16_t(c));
    }
    return text;
}

char CsvReader::detectDelimiter(QByteArrayView firstLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : firstLine) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return ';';
    }
    if (tabs > commas && tabs > semicolons) {
        return '\t';
    }
    return ',';
}

std::optional<CsvSyntaxError> CsvReader::read(const RecordHandler& onRecord)
{
    m_position = 0;
    if (m_utf16) {
        return CsvSyntaxError {1,
                               tr("The file is in UTF-16 (Excel's “Unicode text”). Save it as “CSV "
                                  "UTF-8” or “CSV (separated by commas or semicolons)”.")};
    }
    if (m_workbook) {
        return CsvSyntaxError {1,
                               tr("This is a workbook (Excel .xlsx or LibreOffice .ods), not a CSV file. Open it and "
                                  "use “Save as” with the type “CSV UTF-8” or “CSV (separated by semicolons)”.")};
    }
    if (m_binary) {
        return CsvSyntaxError {1,
                               tr("This file is not a spreadsheet saved as text (CSV): it holds binary data. Check "
                                  "that it is the right file; from Excel or LibreOffice, use “Save as” with the "
                                  "type “CSV UTF-8”.")};
    }
    Parser parser;
    if (!parser.initialised) {
        return CsvSyntaxError {1, tr("Not enough memory to read the file.")};
    }
    csv_set_delim(&parser.parser, static_cast<unsigned char>(m_delimiter));
    ParseState state;
    state.handler = &onRecord;
    state.encoding = m_encoding;

    auto syntaxError = [&](int physicalLine) {
        const int start = state.inRecord ? state.recordStart : physicalLine;
        if (csv_error(&parser.parser) == CSV_EPARSE) {
            QString reason = tr("misplaced quote: a value holding quotes, the delimiter or a line break must be "
                                "enclosed in double quotes, with each quote inside it doubled (\"\")");
            if (physicalLine != start) {
                reason += tr(" (the problem is on line %1)").arg(physicalLine);
            }
            return CsvSyntaxError {start, reason};
        }
        return CsvSyntaxError {
            start,
            tr("the file could not be read (%1)").arg(QString::fromLatin1(csv_strerror(csv_error(&parser.parser))))};
    };

    // Fed one physical line at a time so that the line each record starts on is known:
    // libcsv's callbacks do not say where they are.
    const char* begin = m_bytes.data();
    const char* end = begin + m_bytes.size();
    const char* line = begin;
    int lineNumber = 0;
    while (line != end && !state.stopped) {
        const char* next = lineEnd(line, end);
        ++lineNumber;
        state.line = lineNumber;
        if (!state.inRecord && !isBlank(line, next)) {
            state.inRecord = true;
            state.recordStart = lineNumber;
        }
        const auto length = static_cast<size_t>(next - line);
        if (csv_parse(&parser.parser, line, length, onField, onRecordEnd, &state) != length) {
            return syntaxError(lineNumber);
        }
        line = next;
        m_position = line - begin;
    }
    if (state.stopped) {
        return std::nullopt;
    }
    const bool unclosedQuote = state.inRecord;
    if (csv_fini(&parser.parser, onField, onRecordEnd, &state) != 0) {
        if (unclosedQuote && csv_error(&parser.parser) == CSV_EPARSE) {
            return CsvSyntaxError {state.recordStart,
                                   tr("a quoted value opened on line %1 is never closed").arg(state.recordStart)};
        }
        return syntaxError(lineNumber);
    }
    m_position = m_bytes.size();
    return std::nullopt;
}

} // namespace relais::core
