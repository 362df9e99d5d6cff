#pragma once

// Loose time bounds for the tests of work that must stay linear on hostile input: on their
// inputs a quadratic algorithm takes tens of seconds, the linear one a fraction of a second,
// or a few seconds under AddressSanitizer, which the bound allows for.

#include <chrono>

namespace cm::test {

inline double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// @returns @p seconds, five times as many in a build with AddressSanitizer.
inline double time_budget(double seconds) {
#if defined(__SANITIZE_ADDRESS__)
    return 5.0 * seconds;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 5.0 * seconds;
#endif
#endif
    return seconds;
}

}  // namespace cm::test
