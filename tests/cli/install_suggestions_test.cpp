// An installed campaignmap suggests locations from the Natural Earth extract it installs
// (share/campaignmap/geodata/basemap), run from another directory without the build tree.

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

TEST(InstallSuggestions, TheInstalledGeocoderSuggestsFromItsOwnExtract) {
    namespace fs = std::filesystem;
    const cm::test::TempDir tmp("cm-install-suggest");
    const fs::path prefix = tmp.path / "prefix";
    const auto install = cm::test::run_shell(std::string("'") + CM_CMAKE_COMMAND + "' --install '" +
                                             CM_BUILD_DIR + "' --prefix '" + prefix.string() + "'");
    ASSERT_EQ(install.status, 0) << install.output;
    for (const char* layer : {"ne_10m_populated_places.fgb", "ne_10m_geography_regions_polys.fgb",
                              "ne_10m_geography_regions_elevation_points.fgb"})
        EXPECT_TRUE(fs::is_regular_file(prefix / "share/campaignmap/geodata/basemap" / layer))
            << layer;
    fs::create_directories(tmp.path / "elsewhere");
    tmp.write("elsewhere/a.txt", "Title\n\nIn 1702 the army marched to Urdzhar.\n");
    const auto r =
        cm::test::run_shell("cd '" + (tmp / "elsewhere") + "' && HOME='" + (tmp / "home") + "' '" +
                            (prefix / "bin/campaignmap").string() + "' geocode a.txt -o p.geojson");
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("maybe Urzhar (populated place, Natural Earth populated places"),
              std::string::npos)
        << r.output;
}
