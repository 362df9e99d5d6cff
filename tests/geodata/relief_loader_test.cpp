#include <cmath>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/relief_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

/// Skips the test when the Debian package ferret-datasets is not installed.
#define REQUIRE_ETOPO5()                                 \
    if (!std::filesystem::exists(default_relief_path())) \
    GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is not installed"

float height_near(const ElevationGrid& g, const LonLat& p) {
    const int c = static_cast<int>(std::lround((p.lon - g.west) / g.cell_width_deg()));
    const int r = static_cast<int>(std::lround((g.north - p.lat) / g.cell_height_deg()));
    return g.at(c, r);
}

TEST(ReliefLoader, CropsTheWindowWithOneCellToSpare) {
    REQUIRE_ETOPO5();
    const Bounds window{70.0, 40.0, 80.0, 48.0, false};
    const ElevationGrid g = load_elevation(default_relief_path(), window);
    EXPECT_LE(g.west, window.west);
    EXPECT_GE(g.east, window.east);
    EXPECT_LE(g.south, window.south);
    EXPECT_GE(g.north, window.north);
    const double cell = 1.0 / 12.0;
    EXPECT_LT(window.west - g.west, 2.5 * cell);
    EXPECT_LT(g.north - window.north, 2.5 * cell);
    EXPECT_NEAR(g.cell_width_deg(), cell, 1e-4);
    EXPECT_NEAR(g.cell_height_deg(), cell, 1e-6);
    EXPECT_EQ(g.metres.size(), static_cast<std::size_t>(g.width) * g.height);
    EXPECT_LT(g.width, 130);  // only the window was read, not the globe's 4320 columns
}

TEST(ReliefLoader, KnownLakeSurfacesHaveTheirHeights) {
    REQUIRE_ETOPO5();
    const ElevationGrid g = load_elevation(default_relief_path(), {72.0, 41.0, 79.0, 47.5, false});
    // Issyk-Kul's surface lies near 1600 m, Lake Balkhash's near 340 m.
    EXPECT_NEAR(height_near(g, {77.3, 42.45}), 1600.0, 100.0);
    EXPECT_NEAR(height_near(g, {74.8, 46.4}), 340.0, 100.0);
    // And the Tian Shan south of Issyk-Kul is far higher.
    EXPECT_GT(height_near(g, {78.0, 41.8}), 3000.0);
}

TEST(ReliefLoader, NegativeLongitudesReadTheSameCellsAsTheir360Form) {
    REQUIRE_ETOPO5();
    const ElevationGrid west =
        load_elevation(default_relief_path(), {-75.0, -20.0, -68.0, -15.0, false});
    const ElevationGrid east =
        load_elevation(default_relief_path(), {285.0, -20.0, 292.0, -15.0, false});
    EXPECT_NEAR(east.west - west.west, 360.0, 1e-9);
    ASSERT_EQ(west.metres, east.metres);
    EXPECT_GT(height_near(west, {-69.2, -16.5}), 3000.0);  // the Altiplano near Titicaca
}

TEST(ReliefLoader, WindowAcrossGreenwichIsContiguous) {
    REQUIRE_ETOPO5();
    const ElevationGrid g = load_elevation(default_relief_path(), {-5.0, 44.0, 5.0, 48.0, false});
    EXPECT_LT(g.west, -5.0);
    EXPECT_GT(g.east, 5.0);
    EXPECT_NEAR(g.width, 10.0 * 12.0 + 3.0, 2.0);
    // France on both sides of the meridian: land, not the sea, at the seam.
    EXPECT_GT(height_near(g, {-0.5, 46.0}), 0.0);
    EXPECT_GT(height_near(g, {0.5, 46.0}), 0.0);
    // The Bay of Biscay in the west.
    EXPECT_LT(height_near(g, {-4.0, 45.5}), -100.0);
}

TEST(ReliefLoader, MissingFileIsADataErrorNamingIt) {
    try {
        (void)load_elevation("no/such/heights.nc", {70.0, 40.0, 80.0, 48.0, false});
        FAIL() << "no exception";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("no/such/heights.nc"), std::string::npos);
    }
}

TEST(ReliefLoader, ReadsAGeoTiffDem) {
    const std::string tif = std::string(CM_SHARED_DIR) + "/basemap/relief/etopo5_central_asia.tif";
    if (!std::filesystem::exists(tif))
        GTEST_SKIP() << "shared basemap not present";
    const ElevationGrid g = load_elevation(tif, {72.0, 41.0, 79.0, 47.5, false});
    EXPECT_NEAR(height_near(g, {77.3, 42.45}), 1600.0, 100.0);
}

}  // namespace
}  // namespace cm
