// The water of the period, tested on the shipped Natural Earth extract (geodata/basemap/):
// a map of a year before 1950 has no reservoir, the historic Aral Sea instead of today's, and
// Lake Zaysan (a reservoir to Natural Earth) at its natural extent; a later map has today's.

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "geodata/model/geometry.hpp"

#include "geodata/io/basemap_loader.hpp"
#include "geodata/io/dammed_lakes_loader.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

const std::string kExtract = std::string(CM_SOURCE_DIR) + "/geodata/basemap";
const Bounds kWindow{55.0, 38.0, 90.0, 50.0, false};
const LonLat kKapchagay{77.632, 43.849};     // inside Natural Earth's Kapchagay Reservoir
const LonLat kShardara{68.157, 41.135};      // inside Shardara Bgeni (the Shardara reservoir)
const LonLat kOldAralShore{60.6, 45.0};      // in the historic Aral, dry land today
const LonLat kBukhtarmaArm{83.435, 48.725};  // the reservoir's Bukhtarma arm, west of the lake
const LonLat kZaysan{84.0, 48.0};            // the natural lake
const LonLat kIssykKul{77.036, 42.449};

/// How many polygons of @p g hold @p p (holes counted).
int holding(const PolygonGeometry& g, const LonLat& p) {
    int n = 0;
    for (const Polygon& poly : g.polygons) {
        bool in = false;
        for (const Ring& ring : poly.rings)
            in ^= ring_encloses(ring, p);
        n += in ? 1 : 0;
    }
    return n;
}

Atlas gazetteer() {
    Atlas atlas;
    atlas.places = load_gazetteer(std::string(CM_SOURCE_DIR) + "/geodata/gazetteer.geojson");
    return atlas;
}

WaterPeriod period_of(int year) {
    WaterPeriod period;
    period.year = year;
    period.dammed_lakes = load_dammed_lakes(kExtract + "/dammed_lakes.tsv", gazetteer());
    return period;
}

TEST(BasemapPeriod, TodayHasTheReservoirsAndTheShrunkenAral) {
    const Basemap b = load_natural_earth(kExtract, kWindow, period_of(2020));
    EXPECT_EQ(holding(b.lakes, kKapchagay), 1);
    EXPECT_EQ(holding(b.lakes, kShardara), 1);
    EXPECT_EQ(holding(b.lakes, kBukhtarmaArm), 1);
    EXPECT_EQ(holding(b.lakes, kOldAralShore), 0);
    EXPECT_EQ(holding(b.lakes, kIssykKul), 1);
}

TEST(BasemapPeriod, BeforeNineteenFiftyNoReservoirAndTheHistoricAral) {
    const Basemap b = load_natural_earth(kExtract, kWindow, period_of(1643));
    EXPECT_EQ(holding(b.lakes, kKapchagay), 0);
    EXPECT_EQ(holding(b.lakes, kShardara), 0);
    EXPECT_EQ(holding(b.lakes, kOldAralShore), 1) << "the historic Aral, drawn once";
    EXPECT_EQ(holding(b.lakes, {59.72, 45.47}), 1) << "today's Aral is not drawn over it";
    EXPECT_EQ(holding(b.lakes, kIssykKul), 1) << "natural lakes stay";
    EXPECT_EQ(period_of(1949).modern(), false);
    EXPECT_EQ(period_of(1950).modern(), true);
}

TEST(BasemapPeriod, LakeZaysanStaysAtItsNaturalExtent) {
    const Basemap b = load_natural_earth(kExtract, kWindow, period_of(1643));
    EXPECT_EQ(holding(b.lakes, kZaysan), 1);
    EXPECT_EQ(holding(b.lakes, kBukhtarmaArm), 0) << "the Bukhtarma reservoir's extent";
    // Without a natural extent in the data, the dammed lake keeps Natural Earth's.
    WaterPeriod no_source;
    no_source.year = 1643;
    no_source.dammed_lakes = {{"Lake Zaysan", "Bukhtarma (1960)", {}}};
    const Basemap kept = load_natural_earth(kExtract, kWindow, no_source);
    EXPECT_EQ(holding(kept.lakes, kBukhtarmaArm), 1);
    EXPECT_EQ(holding(kept.lakes, kKapchagay), 0);
}

TEST(BasemapPeriod, TheExtractIsNaturalEarthWithRiversAndCredits) {
    const Basemap b = load_natural_earth(kExtract, kWindow);
    EXPECT_TRUE(b.natural_earth);
    EXPECT_TRUE(b.notes.empty()) << "FlatGeobuf is read as it is, without a cache";
    ASSERT_FALSE(b.credits.empty());
    EXPECT_NE(b.credits.front().find("Made with Natural Earth"), std::string::npos);
    bool tarim = false;
    for (const Basemap::River& r : b.rivers)
        tarim |= r.name == "Tarim";
    EXPECT_TRUE(tarim);
    const Bounds w = natural_earth_extract_window();
    EXPECT_EQ(w.west, 35.0);
    EXPECT_EQ(w.east, 125.0);
    EXPECT_EQ(w.south, 20.0);
    EXPECT_EQ(w.north, 65.0);
}

TEST(DammedLakes, TakeTheNaturalExtentFromTheGazetteer) {
    const std::vector<DammedLake> lakes =
        load_dammed_lakes(kExtract + "/dammed_lakes.tsv", gazetteer());
    ASSERT_FALSE(lakes.empty());
    EXPECT_EQ(lakes.front().name, "Lake Zaysan");
    EXPECT_EQ(holding(lakes.front().natural_extent, kZaysan), 1);
}

TEST(DammedLakes, ABadLineNamesFileAndLine) {
    const test::TempDir tmp("cm-dammed");
    const std::string path = (tmp.path / "dammed.tsv").string();
    std::ofstream(path) << "# comment\nLake Zaysan\tBukhtarma\tzaysan\nno tabs here\n";
    try {
        load_dammed_lakes(path, gazetteer());
        FAIL() << "no error";
    } catch (const DataError& e) {
        EXPECT_NE(std::string(e.what()).find("dammed.tsv: line 3: expected"), std::string::npos)
            << e.what();
    }
}

}  // namespace
}  // namespace cm
