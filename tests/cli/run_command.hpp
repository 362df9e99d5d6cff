#pragma once

// Runs the campaignmap binary (or any shell command) for CLI tests and captures its exit
// status and output.

#include <array>
#include <cstdio>
#include <string>

#include <sys/wait.h>

namespace cm::test {

struct CommandResult {
    int status = -1;     ///< exit status, -1 when killed by a signal
    std::string output;  ///< stdout and stderr together
};

/// Runs @p command through the shell, stdout and stderr together.
inline CommandResult run_shell(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe))
        result.output += buf.data();
    const int raw = pclose(pipe);
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return result;
}

/// Runs `campaignmap ARGS` through the shell (so ARGS may quote and redirect).
inline CommandResult run_campaignmap(const std::string& args) {
    return run_shell(std::string(CM_BINARY) + " " + args);
}

/// @returns whether this test binary (and so the campaignmap it runs) is built with
/// AddressSanitizer, which slows children and raises their memory.
inline bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

}  // namespace cm::test
