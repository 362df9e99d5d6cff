// The relief loader reads a DEM finer than the page needs at the page's resolution: never
// more cells than asked for, each the average of the source cells it covers, from the file's
// overviews where it has some, and across the 0°/360° edge of a global grid.

#include <cmath>
#include <filesystem>

#include <gtest/gtest.h>

#include "geodata/io/relief_loader.hpp"
#include "tests/synthetic_dem.hpp"
#include "tests/temp_dir.hpp"

using cm::test::DemShape;
using cm::test::TempDir;

namespace cm {
namespace {

constexpr double kDegree = M_PI / 180.0;

/// Smooth and steep enough (about 500 m a degree) that a grid placed half a cell off shows.
double hills(double lon, double lat) {
    return 1500.0 + 1000.0 * std::sin(lon * 0.5) * std::cos(lat * 0.4);
}

/// Continuous round the globe: a function of the longitude's sine and cosine.
double round_hills(double lon, double lat) {
    return 1000.0 + 800.0 * std::sin(3.0 * lon * kDegree) + 5.0 * lat;
}

/// The largest difference between @p g and @p f at @p g's cell centres.
double worst_error(const ElevationGrid& g, double (*f)(double, double)) {
    double worst = 0.0;
    for (int j = 0; j < g.height; ++j)
        for (int i = 0; i < g.width; ++i) {
            const double lon = g.west + i * g.cell_width_deg();
            const double lat = g.north - j * g.cell_height_deg();
            worst = std::max(worst, std::abs(g.at(i, j) - f(lon, lat)));
        }
    return worst;
}

void expect_covers(const ElevationGrid& g, const Bounds& w) {
    EXPECT_LE(g.west, w.west);
    EXPECT_GE(g.east, w.east);
    EXPECT_LE(g.south, w.south);
    EXPECT_GE(g.north, w.north);
}

TEST(ReliefReduced, LargeDemIsReadNoFinerThanAsked) {
    TempDir dir;
    const DemShape shape{3000, 2000, 58.0, 54.0, 0.01};  // 58..88 E, 34..54 N
    ASSERT_TRUE(test::write_dem(dir / "dem.tif", shape, hills));
    const Bounds window{62.0, 38.0, 80.0, 50.0, false};
    const ElevationGrid g = load_elevation(dir / "dem.tif", window, {300, 200});
    EXPECT_LE(g.width, 300);
    EXPECT_LE(g.height, 200);
    EXPECT_GE(g.width, 200);  // reduced as little as the limit allows: 1800 columns by 7 or so
    expect_covers(g, window);
    EXPECT_NEAR(g.cell_width_deg(), g.cell_height_deg(), 0.005);  // alike both ways
    EXPECT_LT(worst_error(g, hills), 2.0);                        // each cell where it says
}

TEST(ReliefReduced, SmallEnoughIsReadAsItIs) {
    TempDir dir;
    const DemShape shape{300, 200, 58.0, 54.0, 0.1};
    ASSERT_TRUE(test::write_dem(dir / "dem.tif", shape, hills));
    const Bounds window{62.0, 38.0, 80.0, 50.0, false};
    const ElevationGrid whole = load_elevation(dir / "dem.tif", window);
    const ElevationGrid asked = load_elevation(dir / "dem.tif", window, {1000, 1000});
    EXPECT_EQ(asked.width, whole.width);
    EXPECT_EQ(asked.height, whole.height);
    EXPECT_EQ(asked.west, whole.west);
    EXPECT_EQ(asked.north, whole.north);
    EXPECT_EQ(asked.metres, whole.metres);
    EXPECT_GE(whole.width, 181);  // the window's 180 cells and one on each side
    EXPECT_LE(whole.width, 183);
}

TEST(ReliefReduced, OverviewsAreReadWherePresent) {
    TempDir dir;
    const DemShape shape{1200, 800, 60.0, 50.0, 0.01};
    ASSERT_TRUE(test::write_dem(dir / "dem.tif", shape, [](double, double) { return 100.0; }));
    {  // an overview that says something else, to see which one is read
        GDALDataset* ds = GDALDataset::Open((dir / "dem.tif").c_str(), GDAL_OF_UPDATE);
        ASSERT_NE(ds, nullptr);
        const int factor = 4;
        ASSERT_EQ(ds->BuildOverviews("AVERAGE", 1, &factor, 0, nullptr, nullptr, nullptr), CE_None);
        ASSERT_EQ(ds->GetRasterBand(1)->GetOverview(0)->Fill(700.0), CE_None);
        GDALClose(ds);
    }
    const Bounds window{61.0, 43.0, 71.0, 49.0, false};
    const ElevationGrid coarse = load_elevation(dir / "dem.tif", window, {200, 200});
    EXPECT_LE(coarse.width, 200);
    EXPECT_EQ(coarse.at(coarse.width / 2, coarse.height / 2), 700.0f);
    const ElevationGrid fine = load_elevation(dir / "dem.tif", window);
    EXPECT_EQ(fine.at(fine.width / 2, fine.height / 2), 100.0f);
}

TEST(ReliefReduced, ReducedReadCrossesTheEdgeOfAGlobalGrid) {
    TempDir dir;
    const DemShape shape{3600, 1800, 0.0, 90.0, 0.1};  // 0..360 E, as ETOPO5 has it
    ASSERT_TRUE(test::write_dem(dir / "globe.tif", shape, round_hills));
    const Bounds window{-20.0, 30.0, 20.0, 50.0, false};
    const ElevationGrid g = load_elevation(dir / "globe.tif", window, {100, 100});
    EXPECT_LE(g.width, 100);
    EXPECT_LE(g.height, 100);
    EXPECT_GE(g.width, 80);
    expect_covers(g, window);
    EXPECT_LT(worst_error(g, round_hills), 5.0);
}

}  // namespace
}  // namespace cm
