// The campaign legs of the demo data over ETOPO5, as render draws them: inferred courses keep
// low (no higher than 800 m above their ends and the passes they use), arrowheads stop short
// of their target's symbol, and legs to a region end at its edge (the same inputs giving the
// same geometry: route_determinism_test.cpp). Skips without ETOPO5 (package ferret-datasets).

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/routing/courses.hpp"
#include "geodata/routing/leg_ends.hpp"
#include "render/animate/timeline_bar.hpp"
#include "render/canvas/fonts.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/scene/compose_map.hpp"
#include "render/scene/prepared_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

/// The demo data and, for each war, the heights its maps find
/// courses on (as render loads them: over the war's legs and a margin).
struct Demo {
    Atlas atlas;
    std::map<std::string, ElevationGrid> grids;  ///< by war id
    /// The animation's span (README, Animations) as a war: the wars and the years after.
    War span{"1635-1697", "", {1635, 1697}, "", std::nullopt};
};

const Demo* demo() {
    static const std::optional<Demo> loaded = []() -> std::optional<Demo> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!std::filesystem::exists(default_relief_path()) ||
            !std::filesystem::exists(data + "/history/campaigns.toml"))
            return std::nullopt;
        Demo d{load_atlas(data), {}};
        std::vector<War> wars = d.atlas.wars;
        wars.push_back(d.span);
        for (const War& war : wars) {
            const Bounds window = terrain_window(d.atlas, war.years);
            d.grids.emplace(
                war.id, load_elevation(default_relief_path(), window, terrain_grid_size(window)));
        }
        return d;
    }();
    return loaded ? &*loaded : nullptr;
}

struct DrawnMap {
    MapPlan plan;
    PageMap map;
    Style style;
    const ElevationGrid* grid = nullptr;  ///< the heights its courses were found on
    bool extent_given = false;            ///< drawn over an extent asked for, not the fitted one
};

/// The war map of @p war_id as `render --war` draws it, in @p style_name on @p page (over
/// @p extent if given, else the war's).
DrawnMap draw(const Demo& d, const std::string& war_id, const std::string& style_name,
              const std::string& page, int dpi, std::optional<Bounds> extent = std::nullopt) {
    pin_fonts();
    const War& war = war_id == d.span.id ? d.span : *find_war(d.atlas, war_id);
    const ElevationGrid& grid = d.grids.at(war_id);
    MapSpec spec;
    spec.years = war.years;
    spec.extent = extent ? extent : war.extent;
    spec.page = parse_page(page, dpi);
    spec.relief = false;
    Style style = load_style(resolve_style_path(style_name));
    MapPlan plan = plan_map(d.atlas, spec, style);
    attach_courses(plan, route_courses(d.atlas, war.years, terrain_of(d.atlas, &grid),
                                       course_generalise_km(plan, style)));
    PageMap map = compose_unlabelled_map(plan, spec, style, Basemap{}, nullptr, nullptr);
    return {std::move(plan), std::move(map), std::move(style), &grid, extent.has_value()};
}

/// Every demo map the tests look at: both wars and the span of all the years 1635-1697, in
/// the slides and publication styles, on a slide and on A4; and the span as the demo
/// animation draws it (README, Animations: `animate --from 1635 --to 1697 --style slides
/// --extent 50,37,100,54`), all its legs at once.
std::vector<DrawnMap> every_map(const Demo& d) {
    std::vector<DrawnMap> out;
    std::vector<War> wars = d.atlas.wars;
    wars.push_back(d.span);
    for (const War& war : wars)
        for (const char* style : {"slides", "publication"})
            for (const auto& [page, dpi] : {std::pair{"slide", 96}, std::pair{"a4-landscape", 150}})
                out.push_back(draw(d, war.id, style, page, dpi));
    Bounds animation;
    animation.extend(LonLat{50.0, 37.0});
    animation.extend(LonLat{100.0, 54.0});
    out.push_back(draw(d, d.span.id, "slides", "slide", 96, animation));
    return out;
}

std::string map_name(const DrawnMap& m) {
    return std::to_string(m.map.scene.years.first) + "-" + std::to_string(m.map.scene.years.last) +
           " " + m.style.name + " " + std::to_string(std::lround(m.map.page.width_pt / kPtPerMm)) +
           " mm" + (m.extent_given ? " (animation extent)" : "");
}

/// The drawn route (body and arrowhead tip) as lon/lat, sampled along its curves, of a map
/// in @p style, @p projection and @p frame.
std::vector<LonLat> drawn_lonlat(const Style& style, const Projection& projection,
                                 const PageFrame& frame, const PageRoute& r) {
    const RouteShape shape = route_shape(r.points, r.width_pt, style.routes);
    std::vector<PagePt> page;
    for (const Bezier& b : shape.body)
        for (int k = 0; k < 20; ++k)
            page.push_back(point_at(b, k / 20.0));
    page.push_back(shape.tip);
    std::vector<LonLat> out;
    for (const PagePt& p : page)
        if (auto ll = projection.inverse(frame.to_map(p)))
            out.push_back(*ll);
    return out;
}

std::vector<LonLat> drawn_lonlat(const DrawnMap& m, const PageRoute& r) {
    return drawn_lonlat(m.style, m.plan.projection, m.map.frame, r);
}

std::string leg_name(const PageRoute& r) {
    return r.route.campaign_id + " leg " + std::to_string(r.route.leg);
}

#define SKIP_WITHOUT_DEMO() \
    if (!demo())            \
    GTEST_SKIP() << "ETOPO5 (package ferret-datasets) or the demo data is missing"

/// Expects @p line, leg @p r as drawn, to climb no more than 800 m above the higher of its
/// course's ends and the @p passes it goes by, on @p grid.
void expect_climbs_at_most_800m(const std::vector<LonLat>& line, const PageRoute& r,
                                const ElevationGrid& grid, const std::vector<LonLat>& passes,
                                const std::string& name) {
    ASSERT_GT(line.size(), 2u) << name;
    double bar =
        std::max(height_at(grid, r.route.course.front()), height_at(grid, r.route.course.back()));
    for (const LonLat& pass : passes)
        for (const LonLat& p : line)
            if (distance_km(p, pass) < 25.0)
                bar = std::max(bar, height_at(grid, pass));
    auto highest = std::max_element(line.begin(), line.end(), [&](LonLat a, LonLat b) {
        return height_at(grid, a) < height_at(grid, b);
    });
    EXPECT_LE(height_at(grid, *highest), bar + 800.0)
        << name << " reaches " << height_at(grid, *highest) << " m at " << highest->lon << ", "
        << highest->lat;
}

TEST(RouteCourses, InferredLegsClimbNoHigherThan800mAboveTheirEndsAndPasses) {
    SKIP_WITHOUT_DEMO();
    const Demo& d = *demo();
    const std::vector<LonLat> passes = terrain_of(d.atlas, nullptr).passes;
    for (const DrawnMap& m : every_map(d)) {
        // Each leg as drawn: offset beside the legs it shares a stretch with, and smoothed.
        int inferred = 0;
        for (const PageRoute& r : m.map.routes) {
            if (r.route.course_kind != CourseKind::inferred)
                continue;
            ++inferred;
            expect_climbs_at_most_800m(drawn_lonlat(m, r), r, *m.grid, passes,
                                       map_name(m) + ": " + leg_name(r));
        }
        EXPECT_GT(inferred, 3) << map_name(m);
    }
}

TEST(RouteCourses, NoLegOfTheDemoAnimationsFramesClimbsMoreThan800m) {
    // animate --from 1635 --to 1697 --style slides --extent 50,37,100,54 (README, Animations):
    // each year's legs, bundled among themselves, on the map above the timeline band.
    SKIP_WITHOUT_DEMO();
    const Demo& d = *demo();
    pin_fonts();
    const std::vector<LonLat> passes = terrain_of(d.atlas, nullptr).passes;
    const ElevationGrid& grid = d.grids.at(d.span.id);
    const Style style = load_style(resolve_style_path("slides"));
    MapSpec spec;
    spec.years = d.span.years;
    Bounds extent;
    extent.extend(LonLat{50.0, 37.0});
    extent.extend(LonLat{100.0, 54.0});
    spec.extent = extent;
    spec.page = page_above_timeline(parse_page("slide", 96), style);
    spec.relief = false;
    MapPlan plan = plan_map(d.atlas, spec, style);
    attach_courses(plan, route_courses(d.atlas, spec.years, terrain_of(d.atlas, &grid),
                                       course_generalise_km(plan, style)));
    const PreparedMap prepared =
        prepare_map(d.atlas, plan, spec, style, Basemap{}, nullptr, nullptr);
    int inferred = 0;
    for (const auto& [year, layers] : prepared.years)
        for (const PageRoute& r : layers.routes)
            if (r.route.course_kind == CourseKind::inferred) {
                ++inferred;
                expect_climbs_at_most_800m(
                    drawn_lonlat(style, plan.projection, prepared.base.frame, r), r, grid, passes,
                    "frame " + std::to_string(year) + ": " + leg_name(r));
            }
    EXPECT_GT(inferred, 10);
}

TEST(RouteCourses, NoArrowheadOverlapsItsTargetSymbol) {
    SKIP_WITHOUT_DEMO();
    const DrawnMap m = draw(*demo(), "1635-1658", "slides", "slide", 96);
    const double radius = m.style.symbols.event_mm * kPtPerMm / 2.0;
    int checked = 0;
    for (const PageRoute& r : m.map.routes)
        for (const PageEvent& e : m.map.events) {
            if (e.event.place_id != r.route.place_ids.back())
                continue;
            const RouteShape shape = route_shape(r.points, r.width_pt, m.style.routes);
            for (const PagePt& p : {shape.tip, shape.left, shape.right})
                EXPECT_GT(std::hypot(p.x - e.at.x, p.y - e.at.y), radius) << leg_name(r);
            ++checked;
        }
    EXPECT_GT(checked, 5);
}

TEST(RouteCourses, LegsToARegionEndWithin20KmOfItsEdge) {
    SKIP_WITHOUT_DEMO();
    const Demo& d = *demo();
    int checked = 0;
    std::vector<War> wars = d.atlas.wars;
    wars.push_back(d.span);
    for (const War& war : wars) {
        const DrawnMap m = draw(d, war.id, "publication", "a4-landscape", 300);
        for (const PageRoute& r : m.map.routes) {
            const std::string& id = r.route.place_ids.back();
            const Place* place = find_place(d.atlas, id);
            if (!place || place->type != PlaceType::region)
                continue;
            const LonLat at = drawn_lonlat(m, r).back();
            // The nearest point of its edge: end_point() of a point outside is on the edge.
            const auto& area = std::get<PolygonGeometry>(place->geometry);
            double nearest = 1e9;
            for (const Polygon& polygon : area.polygons)
                for (const Ring& ring : polygon.rings)
                    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                        const Geometry edge = LineGeometry{{ring[i], ring[i + 1]}};
                        nearest = std::min(nearest, distance_km(end_point(edge, at), at));
                    }
            EXPECT_LE(nearest, 20.0) << war.id << ": " << leg_name(r) << " at " << id;
            ++checked;
        }
    }
    EXPECT_GE(checked, 4);
}

TEST(RouteCourses, EveryDemoMapFramesItsLegs) {
    SKIP_WITHOUT_DEMO();
    for (const DrawnMap& m : every_map(*demo())) {
        if (m.extent_given)
            continue;  // an extent asked for may cut legs off (Kokonor is east of 100 E)
        const PageBox& box = m.map.frame.map_box;
        for (const PageRoute& r : m.map.routes)
            for (const PagePt& p : r.points)
                EXPECT_TRUE(p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1)
                    << map_name(m) << ": " << leg_name(r) << " runs off the map at " << p.x << ", "
                    << p.y;
    }
}

}  // namespace
}  // namespace cm
