// A dammed lake drawn at its natural extent (Lake Zaysan before the Bukhtarma dam) is cut to the
// loader's window like every other polygon the loader returns.

#include <string>

#include <gtest/gtest.h>

#include "geodata/io/basemap_loader.hpp"
#include "geodata/model/water_period.hpp"

namespace cm {
namespace {

const std::string kExtract = std::string(CM_SOURCE_DIR) + "/geodata/basemap";

/// Lake Zaysan's natural extent as the gazetteer draws it, 83.3..84.95 E, 47.78..48.15 N.
PolygonGeometry natural_zaysan() {
    Ring ring = {{83.3, 48.15}, {84.0, 48.12}, {84.95, 47.9}, {84.3, 47.78},
                 {83.5, 47.88}, {83.3, 48.0},  {83.3, 48.15}};
    return PolygonGeometry{{Polygon{{ring}}}};
}

TEST(BasemapDammedLakes, TheNaturalExtentIsCutToTheWindow) {
    WaterPeriod period;
    period.year = 1643;
    period.dammed_lakes = {{"Lake Zaysan", "Bukhtarma (1960)", natural_zaysan()}};
    const Bounds window{80.0, 45.0, 84.0, 50.0, false};  // through the lake, at 84 E
    const Basemap b = load_natural_earth(kExtract, window, period);
    ASSERT_FALSE(b.lakes.polygons.empty());
    int outside = 0;
    for (const Polygon& lake : b.lakes.polygons)
        for (const Ring& ring : lake.rings)
            for (const LonLat& p : ring)
                outside += p.lon < window.west - 1e-9 || p.lon > window.east + 1e-9 ||
                           p.lat < window.south - 1e-9 || p.lat > window.north + 1e-9;
    EXPECT_EQ(outside, 0) << "vertices of the lakes beyond the window";
    EXPECT_TRUE(polygons_contain(b.lakes, {83.6, 48.0})) << "the lake's part in the window";
    EXPECT_FALSE(polygons_contain(b.lakes, {83.435, 48.725})) << "not the reservoir's arm";
}

}  // namespace
}  // namespace cm
