#pragma once

// Small checks shared by the domain tests: a failed Result shows its user message
// in the test report, and lists of records compare by id.

#include "core/Result.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace relais::test {

// The user message of a failed result ("" when it succeeded), for INFO and CHECK_THAT.
template <typename R> std::string messageOf(const R& result)
{
    return result.ok() ? std::string() : result.error().userMessage.toStdString();
}

// The ids of records (cases, people, interventions...), sorted.
template <typename T> std::vector<qint64> idsOf(const std::vector<T>& records)
{
    std::vector<qint64> ids;
    for (const T& record : records) {
        ids.push_back(record.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

template <typename T> bool containsId(const std::vector<T>& records, qint64 id)
{
    return std::any_of(records.begin(), records.end(), [id](const T& record) { return record.id == id; });
}

inline std::vector<qint64> sorted(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace relais::test

// Stops the test when `result` failed, showing the user message it carries.
#define REQUIRE_OK(result)                                                                                             \
    do {                                                                                                               \
        const auto& relaisCheckedResult = (result);                                                                    \
        INFO("refused: " << ::relais::test::messageOf(relaisCheckedResult));                                           \
        REQUIRE(relaisCheckedResult.ok());                                                                             \
    } while (false)

// Checks that `result` was refused with `errorCode`.
#define REQUIRE_REFUSED(result, errorCode)                                                                             \
    do {                                                                                                               \
        const auto& relaisCheckedResult = (result);                                                                    \
        REQUIRE_FALSE(relaisCheckedResult.ok());                                                                       \
        CHECK(relaisCheckedResult.error().code == (errorCode));                                                        \
    } while (false)
