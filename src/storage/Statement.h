#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace relais::storage {

// A prepared statement (RAII over sqlite3_stmt) with typed binding and reading.
// Bind calls chain; a bind failure is kept and reported by the next step().
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value);
    Statement& bind(int index, const QString& value); // always TEXT; NULL via nullptr or std::optional
    Statement& bind(int index, const QByteArray& value); // as a BLOB
    Statement& bind(int index, const char* utf8) = delete; // say QString or QByteArray
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    // Named parameter (":name").
    template <typename T>
    Statement& bind(const char* name, const T& value)
    {
        return bind(parameterIndex(name), value);
    }

    // Ok(true) when a row is available, Ok(false) when done.
    core::Result<bool> step();
    // Steps to completion, for statements that return no rows.
    core::Status run();
    // Rewinds and clears bindings for reuse.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64At(int column) const;
    int intAt(int column) const;
    double doubleAt(int column) const;
    QString textAt(int column) const;
    QByteArray blobAt(int column) const;
    std::optional<qint64> optionalInt64At(int column) const;
    std::optional<QString> optionalTextAt(int column) const;

private:
    int parameterIndex(const char* name);
    Statement& noteBind(int rc, const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace relais::storage
