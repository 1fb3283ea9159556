#include "core/SignInThrottle.h"

#include <catch2/catch.hpp>

using relais::core::signInDelayAfter;

TEST_CASE("Two slips cost nothing, then each failure doubles the wait up to 30 seconds", "[core][signin]")
{
    CHECK(signInDelayAfter(0).count() == 0);
    CHECK(signInDelayAfter(2).count() == 0);
    CHECK(signInDelayAfter(3).count() == 1);
    CHECK(signInDelayAfter(4).count() == 2);
    CHECK(signInDelayAfter(5).count() == 4);
    CHECK(signInDelayAfter(8).count() == 30);
    CHECK(signInDelayAfter(1000).count() == 30);
}
