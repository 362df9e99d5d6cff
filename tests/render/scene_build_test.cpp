// build_scene and compose_map on the fixture atlas: what a year map and a war map contain.

#include <cmath>
#include <set>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/model/error.hpp"
#include "render/layers/legend.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/output/raster.hpp"
#include "render/scene/build_scene.hpp"
#include "render/scene/label_requests.hpp"
#include "render/scene/prepared_map.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

TEST(SceneBuild, YearMapHasThatYearsTerritoriesEventsAndLegs) {
    MapSpec spec;
    spec.years = {1001, 1001};
    const Scene s = build_scene(test::fixture_atlas(), spec);
    ASSERT_EQ(s.territories.size(), 2u);
    EXPECT_EQ(s.events.size(), 1u);
    EXPECT_EQ(s.routes.size(), 2u);
    EXPECT_TRUE(s.changes.empty());
    EXPECT_EQ(s.years_text, "1001");
    EXPECT_EQ(s.sources, std::vector<std::string>{"test-article"});
    spec.years = {995, 995};
    EXPECT_TRUE(build_scene(test::fixture_atlas(), spec).events.empty());
}

TEST(SceneBuild, WarMapHighlightsRegionsChangedSinceItsFirstYear) {
    MapSpec spec;
    spec.years = {1000, 1002};
    const Scene s = build_scene(test::fixture_atlas(), spec);
    ASSERT_EQ(s.changes.size(), 1u);
    EXPECT_EQ(s.changes[0].region_id, "r3");
    EXPECT_EQ(s.changes[0].to_polity, "east");
    EXPECT_EQ(s.title, "Test War");
    EXPECT_EQ(s.years_text, "1000\u20131002");
}

TEST(SceneBuild, WhatIsInvolvedIsTheScenesWithoutBuildingIt) {
    // The shipped data, where the year maps of a war take the war's extent from it
    // (series_extent), and the fixture, with a year of no event and no leg (territories).
    const Atlas shipped = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    const Atlas fixture = test::fixture_atlas();
    for (const Atlas* atlas : {&shipped, &fixture}) {
        std::vector<YearRange> spans{{995, 995}, {1001, 1001}};
        for (const War& war : atlas->wars)
            spans.push_back(war.years);
        for (const YearRange& years : spans) {
            MapSpec spec;
            spec.years = years;
            const Bounds built = build_scene(*atlas, spec).involved;
            const Bounds involved = involved_in(*atlas, spec);
            SCOPED_TRACE(std::to_string(years.first) + "-" + std::to_string(years.last));
            EXPECT_EQ(involved.empty, built.empty);
            EXPECT_EQ(involved.west, built.west);
            EXPECT_EQ(involved.south, built.south);
            EXPECT_EQ(involved.east, built.east);
            EXPECT_EQ(involved.north, built.north);
        }
    }
}

TEST(SceneBuild, ReversedYearsAreAUsageError) {
    MapSpec spec;
    spec.years = {1002, 1000};
    EXPECT_THROW(build_scene(test::fixture_atlas(), spec), UsageError);
}

TEST(SceneCompose, LegendListsOnlyWhatIsDrawn) {
    const Style style = test::fixture_style();
    const PageMap map = test::fixture_map(test::fixture_spec(480, 320, 1, {1001, 1001}), style);
    std::multiset<LegendEntry::Key> keys;
    for (const LegendEntry& e : legend_entries(map))
        keys.insert(e.key);
    EXPECT_EQ(keys.count(LegendEntry::Key::polity), 2u);
    EXPECT_EQ(keys.count(LegendEntry::Key::side), 1u);  // one side campaigns
    EXPECT_EQ(keys.count(LegendEntry::Key::retreat), 1u);
    EXPECT_EQ(keys.count(LegendEntry::Key::event), 1u);
    EXPECT_EQ(keys.count(LegendEntry::Key::change), 0u);
}

TEST(SceneCompose, PlacedLabelsDoNotOverlapAndDiacriticsSurvive) {
    const Style style = test::fixture_style();
    const PageMap map = test::fixture_map(test::fixture_spec(480, 320, 2, {1001, 1001}), style);
    bool ayagoz = false;
    for (std::size_t i = 0; i < map.labels.size(); ++i) {
        for (const PlacedRun& run : map.labels[i].runs)
            ayagoz |= run.text.find("Ayagöz") != std::string::npos;
        for (std::size_t j = i + 1; j < map.labels.size(); ++j)
            for (const PageBox& a : map.labels[i].boxes)
                for (const PageBox& b : map.labels[j].boxes)
                    EXPECT_FALSE(a.intersects(b)) << map.labels[i].id << " / " << map.labels[j].id;
    }
    EXPECT_TRUE(ayagoz);
}

// An arrowhead lies behind its tip: labels keep clear of it, but the far side of the target is
// free, so a town that is a route's target can still be named there.
TEST(SceneCompose, ArrowheadsBlockLabelsBehindTheirTipOnly) {
    const Style style = test::fixture_style();
    PageMap map = test::fixture_map(test::fixture_spec(480, 320, 2, {1001, 1001}), style);
    map.events.clear();
    ASSERT_FALSE(map.routes.empty());
    const std::vector<PageBox> obstacles = label_obstacles(map, style);
    ASSERT_EQ(obstacles.size(), 3 + map.routes.size());  // legend, scale bar, locator
    for (std::size_t i = 0; i < map.routes.size(); ++i) {
        const RouteShape head =
            route_shape(map.routes[i].points, map.routes[i].width_pt, style.routes);
        const PageBox& box = obstacles[3 + i];
        const PagePt base{(head.left.x + head.right.x) / 2, (head.left.y + head.right.y) / 2};
        const double dx = head.tip.x - base.x, dy = head.tip.y - base.y;
        const double length = std::hypot(dx, dy);
        ASSERT_GT(length, 0.0);
        const auto at = [&](double pt) {
            return PagePt{head.tip.x + dx / length * pt, head.tip.y + dy / length * pt};
        };
        EXPECT_TRUE(box.contains(at(-length / 2))) << "arrowhead " << i << " not covered";
        EXPECT_FALSE(box.contains(at(2.0))) << "arrowhead " << i << " blocks the far side";
    }
}

TEST(PreparedMap, FramesOfEachYearAndUnknownYear) {
    const Style style = test::fixture_style();
    const Atlas atlas = test::fixture_atlas();
    const MapSpec spec = test::fixture_spec(320, 200, 1, {1000, 1002});
    const MapPlan plan = plan_map(atlas, spec, style);
    const PreparedMap prepared = prepare_map(atlas, plan, spec, style, Basemap{}, nullptr, nullptr);
    EXPECT_EQ(prepared.years.size(), 3u);
    EXPECT_TRUE(prepared.years.at(1000).routes.empty());
    EXPECT_EQ(prepared.years.at(1001).routes.size(), 2u);
    EXPECT_EQ(prepared.years.at(1001).changes.size(), 1u);
    EXPECT_THROW(frame_map(prepared, {1005, 1.0}), UsageError);
}

double polyline_length(const std::vector<PagePt>& line) {
    double length = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        length += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    return length;
}

/// @returns how many pixels of @p a and @p b differ by more than 8 in a channel.
long differing_pixels(const RasterImage& a, const RasterImage& b) {
    long differing = 0;
    for (std::size_t i = 0; i + 3 < a.pixels.size(); i += 4)
        for (std::size_t c = i; c < i + 3; ++c)
            if (std::abs(int(a.pixels[c]) - int(b.pixels[c])) > 8) {
                ++differing;
                break;
            }
    return differing;
}

// Halfway into 1001: the territories of 1000 fade into those of 1001 (the region that changed
// hands is drawn in a blend of its two holders' colours) and each leg is drawn along the first
// half of its course.
TEST(PreparedMap, AFrameHalfwayBlendsTheTerritoriesAndDrawsHalfTheRoutes) {
    const Style style = test::fixture_style();
    const Atlas atlas = test::fixture_atlas();
    const MapSpec spec = test::fixture_spec(320, 200, 1, {1000, 1002});
    const MapPlan plan = plan_map(atlas, spec, style);
    const PreparedMap prepared = prepare_map(atlas, plan, spec, style, Basemap{}, nullptr, nullptr);
    const PageMap half = frame_map(prepared, {1001, 0.5});
    const PageMap full = frame_map(prepared, {1001, 1.0});
    EXPECT_DOUBLE_EQ(half.territory_fade, 0.5);
    EXPECT_EQ(half.previous_territories.size(), prepared.years.at(1000).territories.size());
    EXPECT_TRUE(full.previous_territories.empty());
    ASSERT_EQ(half.routes.size(), full.routes.size());
    for (std::size_t i = 0; i < half.routes.size(); ++i) {
        const double whole = polyline_length(full.routes[i].points);
        EXPECT_NEAR(polyline_length(half.routes[i].points), whole / 2, whole * 0.02) << i;
        EXPECT_EQ(half.routes[i].points.front(), full.routes[i].points.front()) << i;
    }
    // Compared without the routes, which the halfway frame draws only in part: what differs
    // then is the fading territory of region 3, which changes hands.
    PageMap between = half, after = full;
    between.routes.clear(), after.routes.clear();
    const long fading =
        differing_pixels(render_raster(between, style, false), render_raster(after, style, false));
    EXPECT_GT(fading, 150);  // some 250 pixels of this 320 x 200 page; none without the fade
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

TEST(PreparedMap, YearLabelsComeAndGoAroundTheFixedOnes) {
    const Style style = test::fixture_style();
    const Atlas atlas = test::fixture_atlas();
    const MapSpec spec = test::fixture_spec(640, 400, 1, {1000, 1002});
    const MapPlan plan = plan_map(atlas, spec, style);
    const PreparedMap prepared = prepare_map(atlas, plan, spec, style, Basemap{}, nullptr, nullptr);
    std::set<std::string> fixed;
    for (const PlacedLabel& l : prepared.base.labels)
        fixed.insert(l.id);
    // Easttown's battle symbol shows in 1001 only; its name stays in every frame, clear of it.
    EXPECT_TRUE(fixed.count("place:easttown"));
    for (const std::string& id : fixed) {
        EXPECT_FALSE(starts_with(id, "event:")) << id;
        EXPECT_NE(id, "area:west");
        EXPECT_NE(id, "area:east");
    }
    auto ids = [&](int year) {
        std::set<std::string> out;
        for (const PlacedLabel& l : prepared.years.at(year).labels)
            out.insert(l.id);
        return out;
    };
    EXPECT_FALSE(ids(1000).count("event:battle-of-easttown"));
    EXPECT_TRUE(ids(1001).count("event:battle-of-easttown"));
    EXPECT_TRUE(ids(1000).count("area:west"));
    for (const auto& [year, layers] : prepared.years)
        for (const PlacedLabel& moving : layers.labels)
            for (const PlacedLabel& still : prepared.base.labels)
                for (const PageBox& a : moving.boxes)
                    for (const PageBox& b : still.boxes)
                        EXPECT_FALSE(a.intersects(b))
                            << year << ": " << moving.id << " covers " << still.id;
}

}  // namespace
}  // namespace cm
