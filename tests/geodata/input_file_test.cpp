// Input files: only regular files are read, within their size limit; a named pipe, a
// directory, a device or a symbolic link loop is refused from its metadata, never opened.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "geodata/files/input_file.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

std::string read_error(const std::string& path, std::uintmax_t limit) {
    try {
        read_input_file(path, limit);
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}

TEST(InputFile, ReadsARegularFileAndAFileBehindALink) {
    const TempDir dir;
    dir.write("a.toml", "x = 1\n");
    fs::create_symlink(dir / "a.toml", dir / "link.toml");
    EXPECT_EQ(read_input_file(dir / "a.toml", kMaxTomlBytes), "x = 1\n");
    EXPECT_EQ(read_input_file(dir / "link.toml", kMaxTomlBytes), "x = 1\n");
    EXPECT_EQ(input_file_problem(dir / "link.toml", kMaxTomlBytes), "");
}

TEST(InputFile, RefusesANamedPipeAtOnceWithoutOpeningIt) {
    const TempDir dir;
    ASSERT_EQ(::mkfifo((dir / "pipe.toml").c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    // Opening a pipe that has no writer would block here for ever.
    EXPECT_EQ(read_error(dir / "pipe.toml", kMaxTomlBytes),
              (dir / "pipe.toml") + ": is a named pipe (FIFO), not a regular file");
    EXPECT_THROW(check_input_file(dir / "pipe.toml", kNoSizeLimit), DataError);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
}

TEST(InputFile, RefusesDirectoriesDevicesLoopsAndMissingFiles) {
    const TempDir dir;
    fs::create_symlink(dir / "loop-a", dir / "loop-b");
    fs::create_symlink(dir / "loop-b", dir / "loop-a");
    EXPECT_EQ(input_file_problem(dir.path.string(), kMaxTomlBytes),
              "is a directory, not a regular file");
    EXPECT_EQ(input_file_problem("/dev/null", kMaxTomlBytes), "is a device, not a regular file");
    EXPECT_EQ(input_file_problem(dir / "loop-a", kMaxTomlBytes),
              "a symbolic link loop (or too many links)");
    EXPECT_EQ(input_file_problem(dir / "missing", kMaxTomlBytes), "no such file");
}

TEST(InputFile, RefusesFilesOverTheirLimit) {
    const TempDir dir;
    dir.write("big.txt", std::string(3 * kMiB + 1, 'x'));
    EXPECT_EQ(input_file_problem(dir / "big.txt", 3 * kMiB),
              "is 3.0 MiB, more than the 3 MiB limit for such a file");
    EXPECT_NE(read_error(dir / "big.txt", 3 * kMiB).find("more than the 3 MiB limit"),
              std::string::npos);
    EXPECT_EQ(read_input_file(dir / "big.txt", 4 * kMiB).size(), 3 * kMiB + 1);
}

TEST(InputFile, LimitsAreStated) {
    EXPECT_EQ(kMaxTomlBytes, 64 * kMiB);
    // The README geocodes a 50 MB article: the article limit must leave room for it.
    EXPECT_GT(kMaxArticleBytes, 50'000'000u);
}

TEST(InputDir, NamesWhatIsWrongWithADirectory) {
    const TempDir dir;
    dir.write("file", "x");
    ASSERT_EQ(::mkfifo((dir / "pipe").c_str(), 0600), 0);
    fs::create_symlink(dir / "loop-a", dir / "loop-b");
    fs::create_symlink(dir / "loop-b", dir / "loop-a");
    EXPECT_EQ(input_dir_problem(dir.path.string()), "");
    EXPECT_EQ(input_dir_problem(dir / "file"), "is a file, not a directory");
    EXPECT_EQ(input_dir_problem(dir / "pipe"), "is a named pipe (FIFO), not a directory");
    EXPECT_EQ(input_dir_problem(dir / "loop-a"), "a symbolic link loop (or too many links)");
    EXPECT_EQ(input_dir_problem(dir / "missing"), "no such directory");
    EXPECT_THROW(check_input_dir(dir / "loop-a"), DataError);
}

}  // namespace
}  // namespace cm
