#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "geodata/model/geometry.hpp"

#include "geodata/io/basemap_loader.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

const Bounds kCentralAsia{50.0, 32.0, 100.0, 56.0, false};
const LonLat kAlmaty{76.9, 43.24};
const LonLat kBalkhashCentre{74.5, 46.3};  // the lake's western, wide basin

bool contains(const PolygonGeometry& g, const LonLat& p) {
    for (const Polygon& poly : g.polygons) {
        if (poly.rings.empty() || !ring_encloses(poly.rings[0], p))
            continue;
        bool in_hole = false;
        for (std::size_t h = 1; h < poly.rings.size(); ++h)
            in_hole |= ring_encloses(poly.rings[h], p);
        if (!in_hole)
            return true;
    }
    return false;
}

#define REQUIRE_GSHHS()                                \
    if (!std::filesystem::exists(default_gshhs_dir())) \
    GTEST_SKIP() << "GSHHS (package python-cartopy-data) is not installed"

TEST(GshhsLoader, LandHoldsAlmatyAndLakesHoldBalkhash) {
    REQUIRE_GSHHS();
    const Basemap b = load_gshhs(default_gshhs_dir(), kCentralAsia);
    EXPECT_TRUE(contains(b.land, kAlmaty));
    EXPECT_TRUE(contains(b.lakes, kBalkhashCentre));
    EXPECT_FALSE(contains(b.lakes, kAlmaty));
    EXPECT_FALSE(b.credits.empty());
}

TEST(GshhsLoader, EverythingIsCutToTheWindow) {
    REQUIRE_GSHHS();
    const Basemap b = load_gshhs(default_gshhs_dir(), kCentralAsia);
    ASSERT_FALSE(b.land.polygons.empty());
    for (const auto* g : {&b.land, &b.lakes})
        for (const Polygon& poly : g->polygons)
            for (const Ring& ring : poly.rings)
                for (const LonLat& p : ring) {
                    ASSERT_GE(p.lon, kCentralAsia.west - 1e-9);
                    ASSERT_LE(p.lon, kCentralAsia.east + 1e-9);
                    ASSERT_GE(p.lat, kCentralAsia.south - 1e-9);
                    ASSERT_LE(p.lat, kCentralAsia.north + 1e-9);
                }
}

TEST(GshhsLoader, ResolutionFollowsTheMapScale) {
    EXPECT_EQ(gshhs_resolution_for(50e6), GshhsResolution::crude);
    EXPECT_EQ(gshhs_resolution_for(15e6), GshhsResolution::low);
    EXPECT_EQ(gshhs_resolution_for(5e6), GshhsResolution::intermediate);
    EXPECT_EQ(gshhs_resolution_for(2e6), GshhsResolution::high);
    EXPECT_EQ(gshhs_resolution_for(5e5), GshhsResolution::full);
}

TEST(GshhsLoader, FallsBackToAnInstalledResolution) {
    REQUIRE_GSHHS();
    // Whatever is installed, asking for the finest still finds land.
    const Basemap b = load_gshhs(default_gshhs_dir(), kCentralAsia, GshhsResolution::full);
    EXPECT_TRUE(contains(b.land, kAlmaty));
}

TEST(GshhsLoader, DirectoryWithoutLandIsADataError) {
    EXPECT_THROW((void)load_gshhs("no/such/gshhs", kCentralAsia), DataError);
}

TEST(NaturalEarthLoader, LandLakesAndNormalisedRiverNames) {
    const std::string dir = std::string(CM_SHARED_DIR) + "/basemap/naturalearth";
    if (!std::filesystem::exists(dir))
        GTEST_SKIP() << "shared basemap not present";
    const Basemap b = load_natural_earth(dir, kCentralAsia);
    EXPECT_TRUE(contains(b.land, kAlmaty));
    EXPECT_TRUE(contains(b.lakes, kBalkhashCentre));
    bool syr_darya = false;
    for (const Basemap::River& r : b.rivers) {
        EXPECT_EQ(r.name.find("  "), std::string::npos) << r.name;
        if (r.name == "Syr Darya") {
            syr_darya = true;
            EXPECT_EQ(r.rank, 5);
            EXPECT_FALSE(r.line.lines.empty());
        }
    }
    EXPECT_TRUE(syr_darya);
}

TEST(NaturalEarthLoader, MissingLandIsADataError) {
    EXPECT_THROW((void)load_natural_earth("no/such/dir", kCentralAsia), DataError);
}

}  // namespace
}  // namespace cm
