#include "core/Result.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace relais::core;

namespace {
Result<int> half(int value)
{
    if (value % 2 != 0) {
        return makeError(ErrorCode::InputRejected, QStringLiteral("odd"), "odd input");
    }
    return value / 2;
}
} // namespace

TEST_CASE("A Result carries either its value or the error with both messages", "[core][result]")
{
    const auto good = half(8);
    REQUIRE(good.ok());
    CHECK(*good == 4);

    const auto bad = half(7);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InputRejected);
    CHECK(bad.error().userMessage == QStringLiteral("odd"));
    CHECK(bad.error().detail == "odd input");
}

TEST_CASE("A Result holds move-only values and a void Result reports success or error", "[core][result]")
{
    Result<std::unique_ptr<int>> owned(std::make_unique<int>(3));
    REQUIRE(owned.ok());
    std::unique_ptr<int> taken = std::move(owned).value();
    CHECK(*taken == 3);

    Status fine;
    CHECK(fine.ok());
    Status failed(makeError(ErrorCode::Damaged, QStringLiteral("damaged")));
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Damaged);
}
