#include "CsvWriter.h"

namespace relais::core {

namespace {

constexpr qsizetype kFlushSize = 256 * 1024;

bool needsQuotes(const QString& field, char delimiter)
{
    if (field.isEmpty()) {
        return false;
    }
    if (field.front().isSpace() || field.back().isSpace()) {
        return true;
    }
    for (const QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\n' || u == u'\r' || u == static_cast<char16_t>(delimiter)) {
            return true;
        }
    }
    return false;
}

// A spreadsheet would run it as a formula; a plain number ("-5") is harmless.
bool runsAsFormula(const QString& field)
{
    if (field.isEmpty() || !CsvWriter::opensFormula(field.front().unicode())) {
        return false;
    }
    bool number = false;
    (void)field.toDouble(&number);
    return !number;
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    m_buffer.reserve(kFlushSize + 4096);
    m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

QByteArray CsvWriter::encodeField(const QString& text, char delimiter)
{
    const QString field = runsAsFormula(text) ? u'\'' + text : text;
    if (!needsQuotes(field, delimiter)) {
        return field.toUtf8();
    }
    QByteArray quoted = field.toUtf8();
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            m_buffer.append(m_delimiter);
        }
        m_buffer.append(encodeField(fields.at(i), m_delimiter));
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushSize) {
        flush();
    }
}

bool CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_device.write(m_buffer) != m_buffer.size()) {
            m_ok = false;
        }
        m_buffer.clear();
    }
    return m_ok;
}

} // namespace relais::core
