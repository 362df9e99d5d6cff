// A --basemap directory whose rivers have hostile ranks (NaN, 1e300, negative, 40) draws a
// map: no crash, no error, the rivers drawn with ranks kept in Natural Earth's range.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "run_command.hpp"
#include "scratch_data.hpp"
#include "tests/hostile_rivers_basemap.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

TEST(BasemapHostileRiversCli, RendersWithRanksThatAreNotNumbers) {
    const cm::test::TempDir tmp("cm-hostile-rivers");
    const fs::path dir = cm::test::make_hostile_rivers_basemap(tmp.path);
    const auto r = cm::test::run_shell(
        "XDG_CACHE_HOME='" + (tmp / "cache") + "' " + CM_BINARY +
        " render --year 1643 --page 640x400 --relief off --extent 65,36,78,46 --basemap '" +
        dir.string() + "' -o '" + (tmp / "map.svg") + "'");
    ASSERT_EQ(r.status, 0) << r.output;
    EXPECT_EQ(r.output.find("campaignmap: "), std::string::npos) << r.output;
    const std::string svg = cm::test::read_bytes(tmp / "map.svg");
    EXPECT_NE(svg.find("</svg>"), std::string::npos);
}

}  // namespace
