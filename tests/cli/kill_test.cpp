// A run killed with SIGKILL while it writes leaves the previous output or none, never a
// truncated one (README.md, Robustness). Outputs are written to a hidden temporary file
// beside the target and renamed at the end; SIGKILL cannot be caught, so that temporary
// file (".<name>.tmp-XXXXXX.<ext>") may remain: the test removes it, the README says so.

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using cm::test::read_bytes;
using cm::test::ScratchData;
using cm::test::write_bytes;

/// Starts campaignmap with @p args, its output discarded. @returns the child's pid.
pid_t spawn_campaignmap(const std::vector<std::string>& args) {
    std::vector<std::string> all{CM_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

/// The hidden temporary files AtomicFile makes for @p target.
std::vector<fs::path> temp_files_of(const fs::path& target) {
    const std::string prefix = "." + target.stem().string() + ".tmp-";
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(target.parent_path(), ec))
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            found.push_back(entry.path());
    return found;
}

bool temp_file_has_bytes(const fs::path& target) {
    std::error_code ec;
    for (const fs::path& temp : temp_files_of(target))
        if (fs::file_size(temp, ec) > 0 && !ec)
            return true;
    return false;
}

/// Runs campaignmap and SIGKILLs it as soon as its temporary output holds bytes.
/// @returns true when the kill came before the run finished.
bool kill_while_writing(const std::vector<std::string>& args, const fs::path& target) {
    const pid_t pid = spawn_campaignmap(args);
    EXPECT_GT(pid, 0);
    if (pid <= 0)
        return false;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(5);
    bool killed = false;
    int status = 0;
    while (std::chrono::steady_clock::now() < give_up) {
        if (::waitpid(pid, &status, WNOHANG) == pid)
            return false;
        if (temp_file_has_bytes(target)) {
            ::kill(pid, SIGKILL);
            killed = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (!killed)
        ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    return killed;
}

/// Writes @p target once in full (the reference), then kills runs writing over a previous
/// file and over nothing: afterwards the target is the previous file, absent, or complete.
/// @returns how many runs were killed mid-write.
int check_kills(const std::vector<std::string>& args, const fs::path& target, int attempts) {
    const pid_t pid = spawn_campaignmap(args);
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "reference run failed";
    const std::string complete = read_bytes(target);
    EXPECT_FALSE(complete.empty());
    const std::string previous = "the previous output, which must survive\n";
    int killed = 0;
    for (int i = 0; i < attempts; ++i) {
        const bool over_previous = i % 2 == 0;
        if (over_previous)
            write_bytes(target, previous);
        else
            fs::remove(target);
        killed += kill_while_writing(args, target) ? 1 : 0;
        if (fs::exists(target)) {
            const std::string after = read_bytes(target);
            EXPECT_TRUE((over_previous && after == previous) || after == complete)
                << "truncated or mixed output: " << after.size() << " bytes";
        }
        for (const fs::path& temp : temp_files_of(target))
            fs::remove(temp);  // unavoidable after SIGKILL; see the file comment
    }
    return killed;
}

}  // namespace

TEST(KillMidWrite, RenderLeavesThePreviousMapOrNone) {
    const ScratchData data;
    const fs::path target = data.out("map.png");
    const int killed = check_kills({"render", "--data", data.data(), "--year", "1645", "--page",
                                    "slide", "--relief", "off", "-o", target.string()},
                                   target, 4);
    EXPECT_GT(killed, 0) << "no run was caught writing; the test proved nothing";
}

TEST(KillMidWrite, ExportLeavesThePreviousDatasetOrNone) {
    const ScratchData data;
    const fs::path target = data.out("1645.geojson");
    check_kills({"export", "--data", data.data(), "--year", "1645", "-o", target.string()}, target,
                4);
}

TEST(KillMidWrite, GeocodeLeavesThePreviousPlacesOrNone) {
    const ScratchData data;
    const fs::path article = data.write_long_article();
    const fs::path target = data.out("places.geojson");
    const int killed = check_kills(
        {"geocode", "--data", data.data(), article.string(), "-o", target.string()}, target, 4);
    EXPECT_GT(killed, 0) << "no run was caught writing; the test proved nothing";
}
