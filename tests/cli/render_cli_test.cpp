// campaignmap render from the command line: outputs by extension, reproducible bytes,
// one-line errors with exit status 2 (usage) or 1 (other), and no file left behind.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::run_campaignmap;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class RenderCli : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("cm-render-cli-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    std::string out(const std::string& name) const { return (dir / name).string(); }
    fs::path dir;
};

TEST_F(RenderCli, YearMapInEveryFormatIsReproducible) {
    for (const char* ext : {"svg", "pdf", "png"}) {
        const std::string args = std::string("render --year 1643 --page 640x400 --relief off -o ");
        const auto first = run_campaignmap(args + out(std::string("a.") + ext));
        ASSERT_EQ(first.status, 0) << first.output;
        ASSERT_EQ(run_campaignmap(args + out(std::string("b.") + ext)).status, 0);
        const std::string a = slurp(dir / (std::string("a.") + ext));
        EXPECT_GT(a.size(), 1000u) << ext;
        EXPECT_TRUE(a == slurp(dir / (std::string("b.") + ext))) << ext << " differs between runs";
    }
}

TEST_F(RenderCli, WarMapWithVerboseReportsDroppedLabels) {
    const auto r = run_campaignmap(
        "render --war 1635-1658 --page 400x300 --relief off --verbose -o " + out("war.png"));
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("label dropped: "), std::string::npos);
    EXPECT_TRUE(fs::exists(dir / "war.png"));
}

TEST_F(RenderCli, BadPageIsUsageError) {
    const auto r = run_campaignmap("render --year 1643 --page a9 -o " + out("x.png"));
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.output.rfind("campaignmap: --page 'a9': expected", 0), 0u) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1);
    EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST_F(RenderCli, UnknownExtensionIsAnErrorAndWritesNothing) {
    const auto r = run_campaignmap("render --year 1643 -o " + out("x.jpg"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("unknown output format '.jpg'"), std::string::npos) << r.output;
    EXPECT_TRUE(fs::is_empty(dir));
}

TEST_F(RenderCli, UnwritableDirectoryIsAnError) {
    // (A page that keeps the map within the Natural Earth extract: no note before the error.)
    const auto r = run_campaignmap("render --year 1643 --page 640x400 --relief off -o " +
                                   out("missing/x.png"));
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1);
    EXPECT_FALSE(fs::exists(dir / "missing"));
}

TEST_F(RenderCli, StyleErrorNamesFileAndKey) {
    std::ofstream(dir / "bad.toml") << "[routes]\nwidht = 3\n";
    const auto r =
        run_campaignmap("render --year 1643 --style " + out("bad.toml") + " -o " + out("x.png"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("bad.toml: 'routes.widht': unknown key"), std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST_F(RenderCli, YearsAreRequired) {
    const auto r = run_campaignmap("render -o " + out("x.png"));
    EXPECT_EQ(r.status, 2) << r.output;
}

}  // namespace
