// The shipped Natural Earth extract is what its script makes: rebuilt from the Natural Earth
// subset in ../shared/basemap/naturalearth/ (skipped without it), every layer comes out byte
// for byte as shipped; without its argument the script says how to call it.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"
#include "scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::read_bytes;
using cm::test::run_shell;
using cm::test::TempDir;

const fs::path kShipped = fs::path(CM_SOURCE_DIR) / "geodata" / "basemap";

TEST(BasemapExtract, TheScriptRebuildsTheShippedFilesByteForByte) {
    const fs::path source = fs::path(CM_SHARED_DIR) / "basemap" / "naturalearth";
    if (!fs::exists(source))
        GTEST_SKIP() << "needs " << source.string();
    const TempDir tmp("cm-extract");
    fs::copy_file(kShipped / "make_extract.sh", tmp.path / "make_extract.sh");
    const auto r =
        run_shell("sh '" + (tmp.path / "make_extract.sh").string() + "' '" + source.string() + "'");
    ASSERT_EQ(r.status, 0) << r.output;
    std::size_t layers = 0;
    for (const auto& entry : fs::directory_iterator(kShipped)) {
        if (entry.path().extension() != ".fgb")
            continue;
        const fs::path rebuilt = tmp.path / entry.path().filename();
        ASSERT_TRUE(fs::exists(rebuilt)) << rebuilt;
        EXPECT_TRUE(read_bytes(rebuilt) == read_bytes(entry.path()))
            << entry.path().filename() << " differs from what the script makes";
        ++layers;
    }
    EXPECT_EQ(layers, 7u);
    for (const auto& entry : fs::directory_iterator(tmp.path))
        EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos)
            << "a temporary file left: " << entry.path();
}

TEST(BasemapExtract, WithoutItsArgumentTheScriptPrintsItsUsage) {
    const auto r = run_shell("sh '" + (kShipped / "make_extract.sh").string() + "'");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.output.find("usage: make_extract.sh NATURAL_EARTH_DIR"), std::string::npos)
        << r.output;
}

}  // namespace
