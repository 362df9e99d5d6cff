// What an output path may name (geodata/files/output_target.hpp) and the shared vector writer's
// choice of format (vector_output.hpp).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "geodata/files/atomic_file.hpp"
#include "geodata/files/output_target.hpp"
#include "geodata/io/vector_output.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::TempDir;

/// @returns the message of the OutputError @p f throws, or "" when it throws none.
template <typename F>
std::string output_error_of(F f) {
    try {
        f();
    } catch (const cm::OutputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(OutputTarget, RegularFilesAndNewNamesAreOutputs) {
    const TempDir dir;
    std::ofstream(dir.path / "old.geojson") << "{}";
    EXPECT_EQ(cm::output_file_for(dir / "old.geojson"), dir / "old.geojson");
    EXPECT_EQ(cm::output_file_for(dir / "new.geojson"), dir / "new.geojson");
}

TEST(OutputTarget, LinksAreFollowedAndKept) {
    const TempDir dir;
    fs::create_directory(dir.path / "real");
    std::ofstream(dir.path / "real" / "map.svg") << "old";
    fs::create_symlink(dir.path / "real" / "map.svg", dir.path / "link.svg");
    EXPECT_EQ(cm::output_file_for(dir / "link.svg"), fs::canonical(dir / "real/map.svg"));
    cm::write_file_atomically(dir / "link.svg", "new");
    EXPECT_TRUE(fs::is_symlink(dir.path / "link.svg"));
    std::ifstream in(dir.path / "real" / "map.svg");
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "new");
    fs::create_symlink(dir.path / "nowhere.svg", dir.path / "dangling.svg");
    EXPECT_NE(
        output_error_of([&] { cm::output_file_for(dir / "dangling.svg"); }).find("leads nowhere"),
        std::string::npos);
}

TEST(OutputTarget, DevicesFifosAndDirectoriesAreRefused) {
    const TempDir dir;
    ASSERT_EQ(::mkfifo((dir / "fifo.geojson").c_str(), 0644), 0);
    fs::create_directory(dir.path / "dir.png");
    const auto error_for = [](const std::string& path) {
        return output_error_of([&] { cm::AtomicFile file(path); });
    };
    EXPECT_NE(error_for(dir / "fifo.geojson").find("is a FIFO"), std::string::npos);
    EXPECT_NE(error_for(dir / "dir.png").find("is a directory"), std::string::npos);
    EXPECT_TRUE(fs::is_fifo(dir.path / "fifo.geojson"));
    // A device of the test's own: a broken build must not be able to replace the system's.
    if (::mknod((dir / "null.png").c_str(), S_IFCHR | 0666, ::makedev(1, 3)) == 0) {
        EXPECT_NE(error_for(dir / "null.png").find("is a character device"), std::string::npos);
        EXPECT_TRUE(fs::is_character_file(dir.path / "null.png"));
    }
    for (const auto& entry : fs::directory_iterator(dir.path))
        EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos);
}

TEST(OutputTarget, InputsAreComparedByDeviceAndInode) {
    const TempDir dir;
    fs::create_directory(dir.path / "data");
    std::ofstream(dir.path / "data" / "gazetteer.geojson") << "{}";
    fs::create_hard_link(dir.path / "data" / "gazetteer.geojson", dir.path / "hard.geojson");
    fs::create_directory_symlink(dir.path / "data", dir.path / "via");
    const std::string input = dir / "data/gazetteer.geojson";
    for (const std::string& out : {input, dir / "hard.geojson", dir / "via/gazetteer.geojson"}) {
        const std::string e = output_error_of([&] {
            cm::refuse_overwriting_inputs(out, {dir / "other", input});
        });
        EXPECT_EQ(e, out + ": is the input '" + input + "' of this run; not writing over it");
    }
    // A directory input: any file directly inside it.
    EXPECT_NE(output_error_of([&] {
                  cm::refuse_overwriting_inputs(dir / "hard.geojson", {dir / "data"});
              }).find("is the input"),
              std::string::npos);
    std::ofstream(dir.path / "other.geojson") << "{}";
    EXPECT_EQ(output_error_of([&] {
                  cm::refuse_overwriting_inputs(dir / "other.geojson", {input, dir / "data"});
                  cm::refuse_overwriting_inputs(dir / "new.geojson", {input});
                  cm::refuse_overwriting_inputs("-", {input});
              }),
              "");
}

TEST(VectorOutput, FormatFollowsTheExtensionOrTheFormatOption) {
    EXPECT_EQ(cm::vector_format_for("x.geojson"), cm::VectorFormat::geojson);
    EXPECT_EQ(cm::vector_format_for("x.JSON"), cm::VectorFormat::geojson);
    EXPECT_EQ(cm::vector_format_for("x.gpkg"), cm::VectorFormat::gpkg);
    EXPECT_EQ(cm::vector_format_for("x.Csv"), cm::VectorFormat::csv);
    EXPECT_EQ(cm::vector_format_for("-"), cm::VectorFormat::geojson);
    EXPECT_EQ(cm::vector_format_for("-", "csv"), cm::VectorFormat::csv);
    EXPECT_THROW(cm::vector_format_for("x.shp"), cm::OutputError);
    EXPECT_THROW(cm::vector_format_for("x"), cm::OutputError);
    EXPECT_THROW(cm::vector_format_for("-", "gpkg"), cm::UsageError);
    EXPECT_THROW(cm::vector_format_for("-", "kml"), cm::UsageError);
    EXPECT_THROW(cm::vector_format_for("x.csv", "csv"), cm::UsageError);
}

TEST(OutputTarget, BinaryIsNotWrittenToATerminal) {
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        GTEST_SKIP() << "no pseudo-terminal here";
    const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    ASSERT_GE(terminal, 0);
    const pid_t child = ::fork();
    if (child == 0) {  // standard output on the terminal
        ::dup2(terminal, STDOUT_FILENO);
        try {
            cm::refuse_binary_on_terminal("-", "PNG");
            ::_exit(1);
        } catch (const cm::UsageError& e) {
            if (std::string(e.what()).find("not writing PNG to it") == std::string::npos)
                ::_exit(2);
        }
        cm::refuse_binary_on_terminal("map.png", "PNG");  // a file is no terminal
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(terminal);
    ::close(master);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    if (!::isatty(STDOUT_FILENO)) {
        EXPECT_NO_THROW(cm::refuse_binary_on_terminal("-", "PNG")) << "a pipe is no terminal";
    }
}
