// Stop signals mid-run (issue 17): SIGINT or SIGTERM while render, export, geocode or animate
// has its temporary output open leaves the previous output as it was and no temporary file
// (the handlers remove the registered temporary files, then end the process by the signal).
// Unlike tests/cli/kill_test.cpp (SIGKILL, which cannot be caught), nothing is cleaned up here.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/cli/child_process.hpp"
#include "tests/cli/scratch_data.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::Child;
using cm::test::ChildResult;
using cm::test::read_bytes;
using cm::test::ScratchData;
using cm::test::write_bytes;

/// Entries of @p dir whose name holds ".tmp-" (AtomicFile's and the frame writer's).
std::vector<fs::path> temp_entries(const fs::path& dir) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            found.push_back(entry.path());
    return found;
}

/// Whether @p bytes, the content of @p target, is a finished output: a PNG ends with its IEND
/// chunk, anything else is not empty.
bool whole_output(const fs::path& target, const std::string& bytes) {
    if (target.extension() != ".png")
        return !bytes.empty();
    const std::string iend("IEND\xAE\x42\x60\x82", 8);
    return bytes.starts_with("\x89PNG") && bytes.ends_with(iend);
}

/// Runs @p args, sends @p signal_number once the temporary output exists in @p target's
/// directory, and checks what is left. @returns true when the signal came mid-run.
bool stop_mid_run(const std::vector<std::string>& args, const fs::path& target, int signal_number) {
    const std::string previous = "the previous output, which must survive\n";
    write_bytes(target, previous);
    Child child(args);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    bool sent = false;
    while (!sent && child.running() && std::chrono::steady_clock::now() < give_up) {
        if (!temp_entries(target.parent_path()).empty()) {
            child.signal(signal_number);
            sent = true;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    const ChildResult r = child.wait();
    if (!sent)
        return false;
    const std::string left = read_bytes(target);
    if (left != previous) {
        // The run put its finished output in place before the signal reached it (a loaded
        // machine can be that slow): too late to prove anything, but what stands must be whole.
        EXPECT_TRUE(whole_output(target, left)) << "a partial output replaced the previous one";
        EXPECT_TRUE(temp_entries(target.parent_path()).empty()) << "a temporary file remains";
        return false;
    }
    EXPECT_EQ(r.signal, signal_number) << "status " << r.status << ": " << r.err;
    const std::string name = signal_number == SIGINT ? "by SIGINT; " : "by SIGTERM; ";
    EXPECT_NE(r.err.find("campaignmap: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(name), std::string::npos) << "the run says why it stopped: " << r.err;
    EXPECT_TRUE(temp_entries(target.parent_path()).empty()) << "a temporary file remains";
    return true;
}

/// Tries a few times (a fast run may finish before the signal): at least once mid-run.
void expect_stopped_cleanly(const std::vector<std::string>& args, const fs::path& target,
                            int signal_number) {
    int caught = 0;
    for (int attempt = 0; attempt < 5 && caught < 2; ++attempt)
        caught += stop_mid_run(args, target, signal_number) ? 1 : 0;
    EXPECT_GT(caught, 0) << "no run was caught with its temporary output; proved nothing";
}

TEST(HostileSignals, SigintDuringRenderLeavesThePreviousMapAndNoTempFile) {
    const ScratchData data;
    const fs::path target = data.out("map.png");
    expect_stopped_cleanly({"render", "--data", data.data(), "--year", "1645", "--page", "slide",
                            "--relief", "off", "-o", target.string()},
                           target, SIGINT);
}

TEST(HostileSignals, SigtermDuringExportLeavesThePreviousDatasetAndNoTempFile) {
    const ScratchData data;
    const fs::path out = data.out("1645.geojson");
    // The project's own data: a real year takes long enough to be caught mid-run.
    expect_stopped_cleanly({"export", "--year", "1645", "-o", out.string()}, out, SIGTERM);
}

TEST(HostileSignals, SigintDuringGeocodeLeavesThePreviousPlacesAndNoTempFile) {
    const ScratchData data;
    const fs::path article = data.write_long_article();
    const fs::path target = data.out("places.geojson");
    expect_stopped_cleanly(
        {"geocode", "--data", data.data(), article.string(), "-o", target.string()}, target,
        SIGINT);
}

TEST(HostileSignals, SigtermDuringAnimateLeavesThePreviousVideoAndNoTempFile) {
    const ScratchData data;
    const fs::path target = data.out("borders.mp4");
    expect_stopped_cleanly({"animate", "--data", data.data(), "--from", "1640", "--to", "1650",
                            "--page", "640x360", "--relief", "off", "-q", "-o", target.string()},
                           target, SIGTERM);
}

}  // namespace
