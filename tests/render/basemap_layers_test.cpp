// The basemap on the page: lakes too small for the scale left out, Natural Earth's rivers by
// scalerank (width class, fading in with the scale, unnamed), gazetteer water and rivers that
// the basemap draws named but not drawn twice.

#include <cstdint>
#include <cstring>

#include <gtest/gtest.h>

#include "render/scene/project_basemap.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

TEST(BasemapRivers, FadeInWithTheScale) {
    EXPECT_DOUBLE_EQ(detail::river_opacity(8, 10e6), 1.0);
    EXPECT_DOUBLE_EQ(detail::river_opacity(9, 10e6), 0.0);
    EXPECT_DOUBLE_EQ(detail::river_opacity(6, 20e6), 1.0);
    EXPECT_DOUBLE_EQ(detail::river_opacity(7, 20e6), 0.0);
    const double between = detail::river_opacity(9, 8e6);  // 8 + 2 log2(1.25) = 8.64
    EXPECT_GT(between, 0.5);
    EXPECT_LT(between, 0.75);
    EXPECT_DOUBLE_EQ(detail::river_opacity(10, 2.5e6), 1.0);  // 8 + 4 = 12
}

TEST(BasemapRivers, WidthByScalerank) {
    EXPECT_EQ(detail::river_width_class(0), 0);
    EXPECT_EQ(detail::river_width_class(2), 0);
    EXPECT_EQ(detail::river_width_class(3), 1);
    EXPECT_EQ(detail::river_width_class(5), 1);
    EXPECT_EQ(detail::river_width_class(7), 2);
    EXPECT_EQ(detail::river_width_class(11), 3);
}

/// A basemap of the fixture's region: land, a lake under the fixture's Round Lake, a tiny
/// lake, and two Natural Earth rivers, one large and one of rank 12.
Basemap fixture_basemap(bool natural_earth) {
    Basemap b;
    b.land.polygons.push_back(test::square(55.0, 35.0, 75.0, 52.0));
    b.lakes.polygons.push_back(test::square(66.0, 42.2, 67.2, 43.0));
    b.lakes.polygons.push_back(test::square(63.0, 47.0, 63.02, 47.02));
    b.rivers.push_back({"Large", 2, MultiLineGeometry{{{{58.0, 45.0}, {70.0, 45.0}}}}});
    b.rivers.push_back({"Brook", 12, MultiLineGeometry{{{{58.0, 41.5}, {70.0, 41.5}}}}});
    b.natural_earth = natural_earth;
    return b;
}

PageMap compose(const Atlas& atlas, const Basemap& basemap) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style();
    const MapPlan plan = plan_map(atlas, spec, style);
    return compose_map(plan, spec, style, basemap, nullptr, nullptr);
}

const PageLine* river(const PageMap& map, const std::string& id) {
    for (const PageLine& r : map.rivers)
        if (r.id == id)
            return &r;
    return nullptr;
}

TEST(BasemapLakes, TooSmallForThePageAreLeftOut) {
    const PageMap map = compose(test::fixture_atlas(), fixture_basemap(true));
    ASSERT_EQ(map.lakes.rings.size(), 1u) << "the 0.02° lake is far under 1 mm²";
}

TEST(BasemapRivers, DrawnByRankUnnamedAndFadedByScale) {
    const PageMap map = compose(test::fixture_atlas(), fixture_basemap(true));
    const PageLine* large = river(map, "ne:Large");
    ASSERT_NE(large, nullptr);
    EXPECT_EQ(large->rank, 0);
    EXPECT_FALSE(large->labelled);
    EXPECT_DOUBLE_EQ(large->opacity, 1.0);
    EXPECT_EQ(river(map, "ne:Brook"), nullptr) << "rank 12 does not show at this scale";
}

TEST(BasemapWater, GazetteerLakeTheBasemapDrawsIsNamedNotFilled) {
    const PageMap with = compose(test::fixture_atlas(), fixture_basemap(true));
    ASSERT_EQ(with.water.size(), 1u);
    EXPECT_TRUE(with.water[0].label_only);
    Basemap no_lake = fixture_basemap(true);
    no_lake.lakes.polygons.clear();
    const PageMap without = compose(test::fixture_atlas(), no_lake);
    ASSERT_EQ(without.water.size(), 1u);
    EXPECT_FALSE(without.water[0].label_only) << "the basemap lacks it: the gazetteer draws it";
    Basemap sea = no_lake;  // no land under the lake: it is the basemap's sea
    sea.land.polygons = {test::square(55.0, 35.0, 65.0, 52.0)};
    EXPECT_TRUE(compose(test::fixture_atlas(), sea).water[0].label_only);
}

TEST(BasemapRivers, AGazetteerRiverOnTheBasemapsCourseIsNamedNotDrawnTwice) {
    Atlas atlas = test::fixture_atlas();
    for (Place& p : atlas.places)
        if (p.id == "blue-river")
            p.course = "natural-earth";
    const PageMap on_natural_earth = compose(atlas, fixture_basemap(true));
    const PageLine* own = river(on_natural_earth, "blue-river");
    ASSERT_NE(own, nullptr);
    EXPECT_FALSE(own->stroked);
    EXPECT_TRUE(own->labelled);
    const PageMap on_gshhs = compose(atlas, fixture_basemap(false));
    ASSERT_NE(river(on_gshhs, "blue-river"), nullptr);
    EXPECT_TRUE(river(on_gshhs, "blue-river")->stroked)
        << "on GSHHS, which has no rivers, the gazetteer draws it";
    const PageMap by_hand = compose(test::fixture_atlas(), fixture_basemap(true));
    ASSERT_NE(river(by_hand, "blue-river"), nullptr);
    EXPECT_TRUE(river(by_hand, "blue-river")->stroked) << "a river drawn by hand is drawn";
}

TEST(BasemapWater, OverBasemapLandTheReliefDrawsNoShoreOfItsOwn) {
    ElevationGrid below_sea;  // a depression under sea level all over the fixture's land
    below_sea.west = 50.0, below_sea.east = 80.0, below_sea.south = 30.0, below_sea.north = 56.0;
    below_sea.width = 61, below_sea.height = 53;
    below_sea.metres.assign(61 * 53, -100.0f);
    MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    spec.relief = true;
    const Style style = test::fixture_style();
    const MapPlan plan = plan_map(test::fixture_atlas(), spec, style);
    const auto centre_pixel = [&](const Basemap& basemap) {
        const PageMap map = compose_map(plan, spec, style, basemap, &below_sea, nullptr);
        EXPECT_NE(map.relief, nullptr);
        const RasterImage& image = *map.relief;
        std::uint32_t v = 0;
        std::memcpy(&v,
                    image.pixels.data() +
                        static_cast<std::size_t>(image.height / 2) * image.stride +
                        4 * (image.width / 2),
                    4);
        return v & 0xffffffu;
    };
    const Colour w = style.relief.shading.water;
    const auto channel = [](double c) { return static_cast<std::uint32_t>(c * 255.0 + 0.5); };
    const std::uint32_t water = channel(w.r) << 16 | channel(w.g) << 8 | channel(w.b);
    EXPECT_EQ(centre_pixel(Basemap{}), water) << "no basemap: the relief's own sea";
    EXPECT_NE(centre_pixel(fixture_basemap(true)), water) << "the basemap's land is land";
}

}  // namespace
}  // namespace cm
