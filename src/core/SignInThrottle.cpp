#include "SignInThrottle.h"

#include <algorithm>

namespace relais::core {

std::chrono::seconds signInDelayAfter(int consecutiveFailures)
{
    constexpr int kFreeAttempts = 2;
    constexpr long kMaxDelaySeconds = 30;
    if (consecutiveFailures <= kFreeAttempts) {
        return std::chrono::seconds(0);
    }
    const int doublings = std::min(consecutiveFailures - kFreeAttempts - 1, 16);
    return std::chrono::seconds(std::min(kMaxDelaySeconds, 1L << doublings));
}

} // namespace relais::core
