#pragma once

#include <chrono>

namespace relais::core {

// How long a sign-in must wait after `consecutiveFailures` failed attempts:
// none for the first two slips, then 1 s doubling up to 30 s. The wait comes
// before any password is checked, so guessing slows down whoever types.
std::chrono::seconds signInDelayAfter(int consecutiveFailures);

} // namespace relais::core
