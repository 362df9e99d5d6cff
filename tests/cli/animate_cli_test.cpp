#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

using cm::test::TempDir;

using cm::test::CommandResult;
using cm::test::run_campaignmap;
namespace fs = std::filesystem;

namespace {

// Small frames and no relief keep these runs short; the pipeline is the same at any size.
const std::string kSmall = " --page 320x180 --dpi 16 --relief off -q ";

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::size_t entry_count(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator{}));
}

}  // namespace

TEST(AnimateCli, WritesAStreamableMp4) {
    const TempDir dir;
    const CommandResult r =
        run_campaignmap("animate --from 1643 --to 1645" + kSmall + "-o " + (dir / "a.mp4"));
    ASSERT_EQ(r.status, 0) << r.output;
    const std::string bytes = file_bytes(dir / "a.mp4");
    EXPECT_EQ(bytes.substr(4, 4), "ftyp");
    EXPECT_LT(bytes.find("moov"), bytes.find("mdat"));
    EXPECT_EQ(entry_count(dir.path), 1u);
}

TEST(AnimateCli, ShardsAssembleIntoTheSameMp4AsOneRun) {
    const TempDir dir;
    const std::string years = "animate --from 1643 --to 1646 --fps 4 --hold 0.5" + kSmall;
    ASSERT_EQ(run_campaignmap(years + "-o " + (dir / "single.mp4")).status, 0);
    for (const char* shard : {"0/3", "1/3", "2/3"}) {
        const CommandResult r =
            run_campaignmap(years + "--shard " + shard + " -o " + (dir / "frames"));
        ASSERT_EQ(r.status, 0) << shard << ": " << r.output;
    }
    EXPECT_TRUE(fs::exists(dir / "frames/frame_00008.png"));
    EXPECT_FALSE(fs::exists(dir / "frames/frame_00009.png"));
    const CommandResult r =
        run_campaignmap("animate -q --frames " + (dir / "frames") + " -o " + (dir / "joined.mp4"));
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(file_bytes(dir / "single.mp4"), file_bytes(dir / "joined.mp4"));
}

TEST(AnimateCli, FrameDirectoryWithATrailingSlashIsMadeOrReplacedWhole) {
    const TempDir dir;
    const std::string run = "animate -q --from 1643 --to 1644" + kSmall + "-o ";
    // The README's command: a directory made beforehand, named with a slash.
    fs::create_directories(dir.path / "made");
    CommandResult r = run_campaignmap(run + (dir / "made") + "/");
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(entry_count(dir.path / "made"), 3u);  // two frames and the manifest
    // A directory that does not exist yet is made; a second run replaces it.
    for (int pass = 0; pass < 2; ++pass) {
        r = run_campaignmap(run + (dir / "new") + "/");
        ASSERT_EQ(r.status, 0) << r.output;
        EXPECT_TRUE(fs::exists(dir / "new/frame_00002.png"));
        EXPECT_EQ(entry_count(dir.path / "new"), 3u);
    }
    EXPECT_EQ(entry_count(dir.path), 2u);  // no temporary directory left beside them
}

TEST(AnimateCli, ImpossibleRequestsAreUsageErrors) {
    const TempDir dir;
    const std::string out = " -o " + (dir / "a.mp4");
    for (const std::string& args :
         {"--from 1650 --to 1640" + out, "--from 1640 --to 1650 --shard 3/2 -o " + (dir / "f"),
          "--from 1640 --to 1650 --shard 0/2" + out, "--from 1640 --to 1650 -o " + (dir / "a.avi"),
          "--from 1640 --to 1650 --fps 0" + out}) {
        const CommandResult r = run_campaignmap("animate" + kSmall + args);
        EXPECT_EQ(r.status, 2) << args << ": " << r.output;
        EXPECT_EQ(r.output.rfind("campaignmap: ", 0), 0u) << r.output;
    }
    EXPECT_EQ(entry_count(dir.path), 0u);
}

TEST(AnimateCli, MissingFramesAreNamed) {
    const TempDir dir;
    ASSERT_EQ(run_campaignmap("animate --from 1643 --to 1646 --shard 1/2" + kSmall + "-o " +
                              (dir / "frames"))
                  .status,
              0);
    const CommandResult r =
        run_campaignmap("animate -q --frames " + (dir / "frames") + " -o " + (dir / "a.mp4"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("frame_00001.png"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(dir / "a.mp4"));
}

TEST(AnimateCli, CtrlCLeavesNoOutputAndNoTemporaryFile) {
    const TempDir dir;
    const std::string out = dir / "long.mp4";
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::execl(CM_BINARY, CM_BINARY, "animate", "--from", "1635", "--to", "1697", "--fps", "25",
                "--hold", "2", "--page", "320x180", "--dpi", "16", "--relief", "off", "-q", "-o",
                out.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    // Wait until the encoder has started (its temporary file exists), then interrupt.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (entry_count(dir.path) == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    ::kill(child, SIGINT);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;
    EXPECT_EQ(entry_count(dir.path), 0u);
}
