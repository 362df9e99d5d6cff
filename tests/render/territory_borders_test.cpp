// Territory borders drawn from the border segments: one line per segment between regions of
// different holders, with that segment's certainty; none between regions of one holder, none
// along the outer frame; an unknown holder named and neutral.

#include <gtest/gtest.h>

#include "render/scene/build_scene.hpp"
#include "render/style/style.hpp"
#include "tests/render/scene_fixture.hpp"

namespace cm {
namespace {

Scene scene_of(const Atlas& atlas, int year) {
    MapSpec spec;
    spec.years = {year, year};
    return build_scene(atlas, spec);
}

/// Whether every vertex of @p b lies on lon == @p lon within [@p south, @p north].
bool on_meridian(const SceneBorder& b, double lon, double south, double north) {
    for (const LonLat& p : b.line.points)
        if (p.lon != lon || p.lat < south || p.lat > north)
            return false;
    return true;
}

bool on_parallel(const SceneBorder& b, double lat, double west, double east) {
    for (const LonLat& p : b.line.points)
        if (p.lat != lat || p.lon < west || p.lon > east)
            return false;
    return true;
}

TEST(TerritoryBorders, DrawnOnceAndOnlyBetweenDifferentHolders) {
    // 1000: the east khanate holds r1 alone (south-east): its two inner edges are borders.
    const Scene before = scene_of(test::fixture_atlas(), 1000);
    ASSERT_EQ(before.borders.size(), 2u);
    int west_edge = 0, north_edge = 0;
    for (const SceneBorder& b : before.borders) {
        west_edge += on_meridian(b, 65.0, 40.0, 44.0);
        north_edge += on_parallel(b, 44.0, 65.0, 71.0);
    }
    EXPECT_EQ(west_edge, 1);
    EXPECT_EQ(north_edge, 1);
    // 1001: r3 (north-east) is the east's too: the border runs along 65° E, the r1|r3 edge
    // between two regions of one holder is not drawn.
    const Scene after = scene_of(test::fixture_atlas(), 1001);
    ASSERT_EQ(after.borders.size(), 2u);
    for (const SceneBorder& b : after.borders)
        EXPECT_TRUE(on_meridian(b, 65.0, 40.0, 48.0)) << b.id;
    EXPECT_NE(after.borders[0].id, after.borders[1].id);
}

TEST(TerritoryBorders, EachLineHasItsSegmentsCertainty) {
    Atlas atlas = test::fixture_atlas();
    for (Border& b : atlas.borders)
        if (b.line.points.front().lon == 65.0 && b.line.points.back().lon == 65.0 &&
            b.line.points.front().lat < 44.0)
            b.certainty = Certainty::uncertain;
    const Scene s = scene_of(atlas, 1001);
    ASSERT_EQ(s.borders.size(), 2u);
    for (const SceneBorder& b : s.borders)
        EXPECT_EQ(b.certainty,
                  on_meridian(b, 65.0, 40.0, 44.0) ? Certainty::uncertain : Certainty::exact)
            << b.id;
}

TEST(TerritoryBorders, UnknownHolderIsNamedAndNeutral) {
    Atlas atlas = test::fixture_atlas();
    for (Control& c : atlas.control)
        if (c.region_id == "r1")
            c.polity_id = kUnknownPolity;
    const Scene s = scene_of(atlas, 1000);
    bool named = false;
    for (const SceneTerritory& t : s.territories)
        if (t.polity_id == kUnknownPolity) {
            named = t.polity_name == "Holder unknown";
            const Style style;
            const Colour c = polity_colour(style, t.colour_key);
            EXPECT_EQ(c.r, style.territories.fallback.r);
            EXPECT_EQ(c.g, style.territories.fallback.g);
        }
    EXPECT_TRUE(named);
    EXPECT_EQ(s.borders.size(), 2u);  // between the west and the unknown land
}

}  // namespace
}  // namespace cm
