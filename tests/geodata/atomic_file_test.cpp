#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "geodata/files/atomic_file.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

using cm::test::TempDir;

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST(AtomicFile, WritesTargetOnlyOnCommit) {
    TempDir dir;
    const fs::path target = dir.path / "map.svg";
    {
        cm::AtomicFile file(target.string());
        EXPECT_EQ(fs::path(file.temp_path()).extension(), ".svg");
        std::ofstream(file.temp_path()) << "<svg/>";
        EXPECT_FALSE(fs::exists(target));
        file.commit();
    }
    EXPECT_EQ(read_all(target), "<svg/>");
    EXPECT_EQ(entries_in(dir.path), 1u);
}

TEST(AtomicFile, AbandonedWriteLeavesPreviousFile) {
    TempDir dir;
    const fs::path target = dir.path / "map.png";
    std::ofstream(target) << "previous";
    {
        cm::AtomicFile file(target.string());
        std::ofstream(file.temp_path()) << "half of a new";
    }
    EXPECT_EQ(read_all(target), "previous");
    EXPECT_EQ(entries_in(dir.path), 1u);
}

TEST(AtomicFile, MissingDirectoryIsOutputErrorNamingIt) {
    try {
        cm::AtomicFile file("/nonexistent-campaignmap-dir/map.png");
        FAIL() << "expected OutputError";
    } catch (const cm::OutputError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-campaignmap-dir"), std::string::npos);
    }
}

TEST(AtomicFile, UnwritableDirectoryIsOutputError) {
    // /proc accepts no new files, not even from root (CI runs as root).
    try {
        cm::AtomicFile file("/proc/map.png");
        FAIL() << "expected OutputError";
    } catch (const cm::OutputError& e) {
        EXPECT_NE(std::string(e.what()).find("cannot write in '/proc'"), std::string::npos)
            << e.what();
    }
}

TEST(AtomicFile, EmptyOutputIsNotCommitted) {
    TempDir dir;
    const fs::path target = dir.path / "empty.pdf";
    cm::AtomicFile file(target.string());
    EXPECT_THROW(file.commit(), cm::OutputError);
    EXPECT_FALSE(fs::exists(target));
}

TEST(AtomicFile, FullDiskIsOutputErrorAndTargetUntouched) {
    // A full disk, simulated: in a child, a file-size limit makes every write past 4 KiB fail
    // (EFBIG with SIGXFSZ ignored), exactly where ENOSPC would.
    TempDir dir;
    const fs::path target = dir.path / "data.geojson";
    std::ofstream(target) << "previous";
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        try {
            cm::write_file_atomically(target.string(), std::string(1 << 20, 'x'));
        } catch (const cm::OutputError&) {
            ::_exit(0);
        }
        ::_exit(1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "expected OutputError for a full disk";
    EXPECT_EQ(read_all(target), "previous");
    EXPECT_EQ(entries_in(dir.path), 1u) << "temporary file left behind";
}

TEST(AtomicFile, KilledWriterLeavesPreviousFileOrNone) {
    TempDir dir;
    const fs::path target = dir.path / "frames.bin";
    std::ofstream(target) << "previous";
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        cm::AtomicFile file(target.string());
        std::FILE* f = std::fopen(file.temp_path().c_str(), "wb");
        const std::string chunk(1 << 20, 'y');
        for (;;)
            std::fwrite(chunk.data(), 1, chunk.size(), f);  // killed mid-write
    }
    ::usleep(50 * 1000);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(read_all(target), "previous");
}
