// The stop handlers (geodata/files/stop_signals.hpp) and the registry of live temporary files
// (temp_files.hpp), each exercised in a forked child that the signal really ends.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "geodata/files/atomic_file.hpp"
#include "geodata/files/stop_signals.hpp"
#include "geodata/files/temp_files.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::TempDir;

/// Runs @p body in a child process; @returns its raw wait status.
template <typename Body>
int in_child(Body body) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        body();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
}

std::size_t entries_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST(StopSignals, SigtermRemovesTheTemporaryFileAndEndsByTheSignal) {
    const TempDir dir;
    std::ofstream(dir.path / "map.png") << "previous";
    const int status = in_child([&] {
        cm::install_stop_handlers();
        cm::AtomicFile file((dir.path / "map.png").string());
        std::ofstream(file.temp_path()) << "half a map";
        ::raise(SIGTERM);
        ::_exit(3);  // not reached: the handler ends the process
    });
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
    EXPECT_EQ(entries_in(dir.path), 1u) << "a temporary file remains";
}

TEST(StopSignals, RemovesRegisteredDirectoriesWithTheirFiles) {
    const TempDir dir;
    const fs::path frames = dir.path / ".frames.tmp-x";
    fs::create_directory(frames);
    std::ofstream(frames / "frame_00001.png") << "x";
    std::ofstream(frames / "frame_00002.png") << "y";
    const int status = in_child([&] {
        cm::install_stop_handlers();
        const cm::LiveTempPath live(frames.string(), cm::LiveTempPath::Kind::directory);
        ::raise(SIGINT);
    });
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;
    EXPECT_FALSE(fs::exists(frames));
}

TEST(StopSignals, ReleasedPathsAreLeftAlone) {
    const TempDir dir;
    const fs::path kept = dir.path / "committed.png";
    std::ofstream(kept) << "done";
    const int status = in_child([&] {
        cm::install_stop_handlers();
        cm::LiveTempPath live(kept.string(), cm::LiveTempPath::Kind::file);
        live.release();
        ::raise(SIGTERM);
    });
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    EXPECT_TRUE(fs::exists(kept));
}

TEST(StopSignals, GracefulStopRaisesAFlagOnceThenActs) {
    const TempDir dir;
    const fs::path temp = dir.path / ".x.tmp-1";
    std::ofstream(temp) << "x";
    const int status = in_child([&] {
        const cm::GracefulStop graceful;
        const cm::LiveTempPath live(temp.string(), cm::LiveTempPath::Kind::file);
        ::raise(SIGINT);
        if (cm::stop_signal() != SIGINT || !fs::exists(temp))
            ::_exit(4);  // the first signal only raised the flag
        ::raise(SIGTERM);
        ::_exit(5);  // not reached: the second acts at once
    });
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
    EXPECT_FALSE(fs::exists(temp));
}

TEST(StopSignals, SigxfszIsIgnoredSoThatWritesFail) {
    const int status = in_child([] {
        cm::install_stop_handlers();
        ::raise(SIGXFSZ);
        ::_exit(7);
    });
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7) << status;
}
