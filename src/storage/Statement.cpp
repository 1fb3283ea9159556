#include "Statement.h"

#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace relais::storage {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement& Statement::noteBind(int rc, const char*)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
    return *this;
}

int Statement::parameterIndex(const char* name)
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0 && m_bindError == 0) {
        m_bindError = SQLITE_RANGE;
    }
    return index;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    return noteBind(sqlite3_bind_null(m_stmt, index), "bind null");
}

Statement& Statement::bind(int index, int value)
{
    return noteBind(sqlite3_bind_int(m_stmt, index, value), "bind int");
}

Statement& Statement::bind(int index, qint64 value)
{
    return noteBind(sqlite3_bind_int64(m_stmt, index, value), "bind int64");
}

Statement& Statement::bind(int index, double value)
{
    return noteBind(sqlite3_bind_double(m_stmt, index, value), "bind double");
}

Statement& Statement::bind(int index, bool value)
{
    return noteBind(sqlite3_bind_int(m_stmt, index, value ? 1 : 0), "bind bool");
}

Statement& Statement::bind(int index, const QString& value)
{
    // Always TEXT ('' for an empty string): NULL is said with nullptr or an empty optional.
    const QByteArray utf8 = value.toUtf8();
    return noteBind(sqlite3_bind_text(m_stmt, index, utf8.constData() ? utf8.constData() : "",
                                      static_cast<int>(utf8.size()),
                                      SQLITE_TRANSIENT),
                    "bind text");
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    return noteBind(sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()),
                                      SQLITE_TRANSIENT),
                    "bind blob");
}

core::Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        return sqliteError(m_bindError, m_db, "bind");
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const core::Error error = sqliteError(rc, m_db, "step");
    sqlite3_reset(m_stmt);
    return error;
}

core::Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64At(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::intAt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::doubleAt(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::textAt(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text) {
        return {};
    }
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blobAt(int column) const
{
    const void* blob = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!blob || size <= 0) {
        return {};
    }
    return QByteArray(static_cast<const char*>(blob), size);
}

std::optional<qint64> Statement::optionalInt64At(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64At(column);
}

std::optional<QString> Statement::optionalTextAt(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return textAt(column);
}

} // namespace relais::storage
