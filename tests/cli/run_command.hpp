#pragma once

// Runs the campaignmap binary for CLI tests and captures its exit status and output.

#include <array>
#include <cstdio>
#include <string>

#include <sys/wait.h>

namespace cm::test {

struct CommandResult {
    int status = -1;     ///< exit status, -1 when killed by a signal
    std::string output;  ///< stdout and stderr together
};

/// Runs `campaignmap ARGS` through the shell (so ARGS may quote and redirect).
inline CommandResult run_campaignmap(const std::string& args) {
    const std::string cmd = std::string(CM_BINARY) + " " + args + " 2>&1";
    CommandResult result;
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe))
        result.output += buf.data();
    const int raw = pclose(pipe);
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return result;
}

}  // namespace cm::test
