// Every command of README.md runs: the shell blocks are read from the README itself (so
// commands added to any section are run too) and run in a scratch copy of the repository's
// data, with `campaignmap` and `build/render/campaignmap` meaning the binary under test.
// Skipped, and said so: commands that build, install or fuzz the project (this test runs
// inside its build), and commands that need ../shared/ when it is absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

struct ReadmeCommand {
    std::string text;
    int line = 0;
};

/// Joins continued lines and drops comments and blank lines of one ```sh block.
void add_command(std::vector<ReadmeCommand>& out, std::string& pending, int& first_line,
                 const std::string& line, int number) {
    std::string text = line;
    if (const auto hash = text.find("  #"); hash != std::string::npos)
        text.erase(hash);
    if (pending.empty())
        first_line = number;
    pending += text;
    if (!pending.empty() && pending.back() == '\\') {
        pending.pop_back();
        return;
    }
    if (pending.find_first_not_of(' ') != std::string::npos && pending[0] != '#')
        out.push_back({pending, first_line});
    pending.clear();
}

std::vector<ReadmeCommand> readme_commands(const fs::path& readme) {
    std::ifstream in(readme);
    std::vector<ReadmeCommand> out;
    std::string line, pending;
    bool in_block = false;
    int number = 0, first_line = 0;
    while (std::getline(in, line)) {
        ++number;
        line.erase(0, line.find_first_not_of(' '));  // blocks inside list items are indented
        if (line.rfind("```", 0) == 0) {
            in_block = !in_block && line == "```sh";
            continue;
        }
        if (in_block)
            add_command(out, pending, first_line, line, number);
    }
    return out;
}

/// Why a command is not run here, or "".
std::string skip_reason(const std::string& command) {
    for (const char* builds :
         {"./build.sh", "cmake ", "cpack", "apt-get", "build-fuzz", "CC=clang"})
        if (command.find(builds) != std::string::npos)
            return "builds, installs or fuzzes the project";
    if (command.find("../shared/") != std::string::npos && !fs::exists(CM_SHARED_DIR))
        return "needs ../shared/, which is absent";
    return "";
}

/// `campaignmap` as the first word of each part of @p command, the binary under test.
std::string with_binary(std::string command) {
    const std::string binary = CM_BINARY;
    for (const char* name : {"build/render/campaignmap ", "campaignmap "}) {
        const std::string word = name;
        for (std::size_t at = command.find(word); at != std::string::npos;
             at = command.find(word, at + binary.size() + 1)) {
            const bool starts = at == 0 || command.compare(at - 3, 3, "&& ") == 0 ||
                                command.compare(at - 2, 2, "; ") == 0;
            if (starts)
                command.replace(at, word.size() - 1, binary);
            else
                at += word.size();
        }
    }
    return command;
}

/// A scratch repository: copies of the data (commands write into geodata/ and out/),
/// links to the styles and tests, and ../shared beside it when the real one exists.
fs::path scratch_repository(const cm::test::TempDir& dir) {
    const fs::path source = CM_SOURCE_DIR, repo = dir.path / "repo";
    fs::create_directories(repo / "out");
    fs::copy(source / "geodata", repo / "geodata", fs::copy_options::recursive);
    fs::create_directory_symlink(source / "styles", repo / "styles");
    fs::create_directory_symlink(source / "tests", repo / "tests");
    if (fs::exists(CM_SHARED_DIR))
        fs::create_directory_symlink(fs::canonical(CM_SHARED_DIR), dir.path / "shared");
    return repo;
}

}  // namespace

TEST(ReadmeCommands, FindsTheCommandsOfEverySection) {
    const auto commands = readme_commands(fs::path(CM_SOURCE_DIR) / "README.md");
    EXPECT_GE(commands.size(), 15u);
    bool walkthrough = false;
    for (const ReadmeCommand& c : commands)
        walkthrough = walkthrough || c.text.find("campaignmap draft") != std::string::npos;
    EXPECT_TRUE(walkthrough) << "the Adding a war walkthrough has no draft command";
}

TEST(ReadmeCommands, EveryCommandRuns) {
    if (cm::test::sanitized())
        GTEST_SKIP() << "the README's maps and animations take too long under the sanitizers";
    const cm::test::TempDir dir("cm-readme");
    const fs::path repo = scratch_repository(dir);
    std::size_t run = 0;
    for (const ReadmeCommand& c : readme_commands(fs::path(CM_SOURCE_DIR) / "README.md")) {
        if (const std::string why = skip_reason(c.text); !why.empty()) {
            std::cout << "[ skipped ] README.md line " << c.line << ": " << why << ": " << c.text
                      << '\n';
            continue;
        }
        const auto r = cm::test::run_shell("cd '" + repo.string() + "' && timeout 600 sh -c '" +
                                           with_binary(c.text) + "'");
        EXPECT_EQ(r.status, 0) << "README.md line " << c.line << ": " << c.text << "\n" << r.output;
        ++run;
    }
    EXPECT_GE(run, 10u);
}
