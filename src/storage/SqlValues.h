#pragma once

#include "Statement.h"
#include "core/domain/Codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace relais::storage {

// How domain values are written in the database: UTC times as ISO 8601 with
// milliseconds, dates as 'YYYY-MM-DD', absent values as NULL.

inline QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeAt(const Statement& row, int column)
{
    return QDateTime::fromString(row.textAt(column), Qt::ISODateWithMs).toUTC();
}

// NULL (an empty optional) when there is no date.
inline std::optional<QString> isoDate(const std::optional<QDate>& date)
{
    if (!date || !date->isValid()) {
        return std::nullopt;
    }
    return date->toString(Qt::ISODate);
}

inline std::optional<QString> isoDate(const QDate& date)
{
    return isoDate(std::optional<QDate>(date));
}

// The code of an optional coded value, NULL when absent.
template <typename E>
std::optional<QString> optionalCode(const std::optional<E>& value)
{
    return value ? std::optional<QString>(core::codeOf(*value)) : std::nullopt;
}

inline std::optional<QDate> dateAt(const Statement& row, int column)
{
    if (row.isNull(column)) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(row.textAt(column), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

inline std::optional<int> intOrNull(const Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<int>(row.intAt(column));
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Steps `stmt` to the end, turning each row into a T with `read`.
template <typename T, typename Read>
core::Result<std::vector<T>> collect(Statement& stmt, Read read)
{
    std::vector<T> rows;
    for (;;) {
        auto row = stmt.step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return rows;
        }
        rows.push_back(read(stmt));
    }
}

} // namespace relais::storage
