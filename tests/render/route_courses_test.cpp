// The campaign legs of the demo data over ETOPO5, as render draws them: inferred courses keep
// low (no higher than 800 m above their ends and the passes they use), arrowheads stop short
// of their target's symbol, legs to a region end at its edge, and the same inputs give the
// same geometry. Skips without ETOPO5 (package ferret-datasets).

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/routing/courses.hpp"
#include "geodata/routing/leg_ends.hpp"
#include "render/canvas/fonts.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

constexpr YearRange kAllYears{1635, 1697};

struct Demo {
    Atlas atlas;
    ElevationGrid grid;
};

const Demo* demo() {
    static const std::optional<Demo> loaded = []() -> std::optional<Demo> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!std::filesystem::exists(default_relief_path()) ||
            !std::filesystem::exists(data + "/history/campaigns.toml"))
            return std::nullopt;
        Demo d{load_atlas(data), {}};
        const Bounds window = terrain_window(d.atlas, kAllYears);
        d.grid = load_elevation(default_relief_path(), window, terrain_grid_size(window));
        return d;
    }();
    return loaded ? &*loaded : nullptr;
}

struct DrawnMap {
    MapPlan plan;
    PageMap map;
    Style style;
};

DrawnMap draw(const Demo& d, const std::string& style_name, const std::string& page, int dpi) {
    pin_fonts();
    MapSpec spec;
    spec.years = kAllYears;
    spec.page = parse_page(page, dpi);
    spec.relief = false;
    Style style = load_style(resolve_style_path(style_name));
    MapPlan plan = plan_map(d.atlas, spec, style);
    attach_courses(plan, route_courses(d.atlas, kAllYears, terrain_of(d.atlas, &d.grid),
                                       course_generalise_km(plan, style)));
    PageMap map = compose_unlabelled_map(plan, spec, style, Basemap{}, nullptr, nullptr);
    return {std::move(plan), std::move(map), std::move(style)};
}

/// The drawn route (body and arrowhead tip) as lon/lat, sampled along its curves.
std::vector<LonLat> drawn_lonlat(const DrawnMap& m, const PageRoute& r) {
    const RouteShape shape = route_shape(r.points, r.width_pt, m.style.routes);
    std::vector<PagePt> page;
    for (const Bezier& b : shape.body)
        for (int k = 0; k < 20; ++k)
            page.push_back(point_at(b, k / 20.0));
    page.push_back(shape.tip);
    std::vector<LonLat> out;
    for (const PagePt& p : page)
        if (auto ll = m.plan.projection.inverse(m.map.frame.to_map(p)))
            out.push_back(*ll);
    return out;
}

std::string leg_name(const PageRoute& r) {
    return r.route.campaign_id + " leg " + std::to_string(r.route.leg);
}

#define SKIP_WITHOUT_DEMO() \
    if (!demo())            \
    GTEST_SKIP() << "ETOPO5 (package ferret-datasets) or the demo data is missing"

TEST(RouteCourses, InferredLegsClimbNoHigherThan800mAboveTheirEndsAndPasses) {
    SKIP_WITHOUT_DEMO();
    const Demo& d = *demo();
    const Terrain terrain = terrain_of(d.atlas, &d.grid);
    for (const auto& [style, page, dpi] :
         {std::tuple{"slides", "slide", 96}, std::tuple{"publication", "a4-landscape", 300}}) {
        // Each leg as drawn: offset beside the legs it shares a stretch with, and smoothed.
        const DrawnMap m = draw(d, style, page, dpi);
        int inferred = 0;
        for (const PageRoute& r : m.map.routes) {
            if (r.route.course_kind != CourseKind::inferred)
                continue;
            ++inferred;
            const std::vector<LonLat> line = drawn_lonlat(m, r);
            ASSERT_GT(line.size(), 2u) << leg_name(r);
            double bar = std::max(height_at(d.grid, r.route.course.front()),
                                  height_at(d.grid, r.route.course.back()));
            for (const LonLat& pass : terrain.passes)
                for (const LonLat& p : line)
                    if (distance_km(p, pass) < 25.0)
                        bar = std::max(bar, height_at(d.grid, pass));
            auto highest = std::max_element(line.begin(), line.end(), [&](LonLat a, LonLat b) {
                return height_at(d.grid, a) < height_at(d.grid, b);
            });
            EXPECT_LE(height_at(d.grid, *highest), bar + 800.0)
                << style << ": " << leg_name(r) << " reaches " << height_at(d.grid, *highest)
                << " m at " << highest->lon << ", " << highest->lat;
        }
        EXPECT_GT(inferred, 10) << style;
    }
}

TEST(RouteCourses, NoArrowheadOverlapsItsTargetSymbol) {
    SKIP_WITHOUT_DEMO();
    const DrawnMap m = draw(*demo(), "slides", "slide", 96);
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
    const DrawnMap m = draw(d, "publication", "a4-landscape", 300);
    int checked = 0;
    for (const PageRoute& r : m.map.routes) {
        const std::vector<LonLat> line = drawn_lonlat(m, r);
        for (const auto& [id, at] : {std::pair{r.route.place_ids.back(), line.back()}}) {
            const Place* place = find_place(d.atlas, id);
            if (!place || place->type != PlaceType::region)
                continue;
            // The nearest point of its edge: end_point() of a point outside is on the edge.
            const auto& area = std::get<PolygonGeometry>(place->geometry);
            double nearest = 1e9;
            for (const Polygon& polygon : area.polygons)
                for (const Ring& ring : polygon.rings)
                    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                        const Geometry edge = LineGeometry{{ring[i], ring[i + 1]}};
                        nearest = std::min(nearest, distance_km(end_point(edge, at), at));
                    }
            EXPECT_LE(nearest, 20.0) << leg_name(r) << " at " << id;
            ++checked;
        }
    }
    EXPECT_GE(checked, 4);
}

TEST(RouteCourses, TheSameInputsGiveTheSameGeometry) {
    SKIP_WITHOUT_DEMO();
    const Demo& d = *demo();
    const CourseTable a = route_courses(d.atlas, kAllYears, terrain_of(d.atlas, &d.grid), 25.0);
    const CourseTable b = route_courses(d.atlas, kAllYears, terrain_of(d.atlas, &d.grid), 25.0);
    ASSERT_EQ(a.courses.size(), b.courses.size());
    for (const auto& [key, course] : a.courses) {
        ASSERT_TRUE(b.find(key));
        EXPECT_EQ(course.line, b.find(key)->line);
    }
    const DrawnMap m1 = draw(d, "slides", "slide", 96), m2 = draw(d, "slides", "slide", 96);
    ASSERT_EQ(m1.map.routes.size(), m2.map.routes.size());
    for (std::size_t i = 0; i < m1.map.routes.size(); ++i)
        for (std::size_t k = 0; k < m1.map.routes[i].points.size(); ++k) {
            EXPECT_EQ(m1.map.routes[i].points[k].x, m2.map.routes[i].points[k].x);
            EXPECT_EQ(m1.map.routes[i].points[k].y, m2.map.routes[i].points[k].y);
        }
}

}  // namespace
}  // namespace cm
