// The scan that bounds TOML keys and nesting before toml++ parses (and recurses): deep keys,
// headers and nesting are found with their line; what is inside strings and comments is not
// counted; every TOML file the project ships passes.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "geodata/files/toml_limits.hpp"
#include "geodata/io/detail/toml_record.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

std::string dotted(std::size_t parts) {
    std::string key = "k";
    for (std::size_t i = 1; i < parts; ++i)
        key += ".k";
    return key;
}

std::string problem_of(const std::string& text) {
    const auto problem = toml_limit_problem(text);
    return problem ? "line " + std::to_string(problem->line) + ": " + problem->message : "";
}

TEST(TomlLimits, FindsAHeaderOrKeyOfFiftyThousandParts) {
    EXPECT_EQ(problem_of("# a style\n[page]\nx = 1\n[" + dotted(50000) + "]\n"),
              "line 4: a dotted key or table header of 50000 parts (at most 32)");
    EXPECT_EQ(problem_of("a = 1\n" + dotted(50000) + " = 2\n"),
              "line 2: a dotted key or table header of 50000 parts (at most 32)");
    EXPECT_EQ(problem_of("t = { " + dotted(33) + " = 1 }"),
              "line 1: a dotted key or table header of 33 parts (at most 32)");
    EXPECT_EQ(problem_of("[[" + dotted(40) + "]]"),
              "line 1: a dotted key or table header of 40 parts (at most 32)");
    EXPECT_EQ(problem_of("[" + dotted(32) + "]\n" + dotted(32) + " = 1.5\n"), "");
}

TEST(TomlLimits, FindsDeepArraysAndInlineTables) {
    EXPECT_EQ(problem_of("a = " + std::string(50000, '[')),
              "line 1: arrays or inline tables nested more than 32 deep");
    std::string inline_tables = "a = ";
    for (int i = 0; i < 40; ++i)
        inline_tables += "{ b = ";
    EXPECT_EQ(problem_of(inline_tables),
              "line 1: arrays or inline tables nested more than 32 deep");
    EXPECT_EQ(problem_of("a = " + std::string(32, '[') + std::string(32, ']')), "");
}

TEST(TomlLimits, IgnoresStringsAndComments) {
    const std::string many_dots(100, '.');
    const std::string brackets(100, '[');
    EXPECT_EQ(problem_of("a = \"" + many_dots + brackets + "\"\n"), "");
    EXPECT_EQ(problem_of("a = '" + many_dots + brackets + "'\n"), "");
    EXPECT_EQ(problem_of("a = \"\"\"\n" + many_dots + "\n\"" + brackets + "\"\"\"\"\n"), "");
    EXPECT_EQ(problem_of("a = '''" + many_dots + "\n" + brackets + "'''\n"), "");
    EXPECT_EQ(problem_of("a = \"\\\"" + many_dots + "\"\n"), "");
    EXPECT_EQ(problem_of("# " + many_dots + brackets + "\na = 1\n"), "");
    // Quoted key parts count as parts; the dots between them are outside the strings.
    EXPECT_EQ(problem_of("[\"a\"" + std::string(40, '.') + "]"),
              "line 1: a dotted key or table header of 41 parts (at most 32)");
    // Lines after a multi-line string are numbered as toml++ numbers them.
    EXPECT_EQ(problem_of("s = \"\"\"\n\n\n\"\"\"\n" + dotted(33) + " = 1\n"),
              "line 5: a dotted key or table header of 33 parts (at most 32)");
}

TEST(TomlLimits, EveryShippedTomlFilePasses) {
    namespace fs = std::filesystem;
    int files = 0;
    for (const char* dir : {"styles", "geodata/history"})
        for (const auto& e : fs::directory_iterator(fs::path(CM_SOURCE_DIR) / dir)) {
            if (e.path().extension() != ".toml")
                continue;
            std::ifstream in(e.path());
            std::ostringstream text;
            text << in.rdbuf();
            EXPECT_EQ(problem_of(text.str()), "") << e.path();
            ++files;
        }
    EXPECT_GE(files, 8);
}

TEST(TomlLimits, HistoryFilesAreScannedBeforeParsing) {
    const test::TempDir dir;
    dir.write("events.toml", "[[event]]\nid = \"x\"\n[" + dotted(50000) + "]\n");
    try {
        detail::parse_toml_file(dir / "events.toml");
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_EQ(std::string(e.what()),
                  (dir / "events.toml") +
                      ": line 3: a dotted key or table header of 50000 parts (at most 32)");
    }
}

}  // namespace
}  // namespace cm
