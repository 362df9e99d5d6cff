// Legs drawn side by side where their courses share a stretch: synthetic page routes, and on
// the demo data the Dzungar legs of 1646 and 1652 to Sayram and Turkistan, which run together
// down the Chu and Talas valleys. Skips the demo case without ETOPO5 (package ferret-datasets).

#include <cmath>
#include <filesystem>
#include <optional>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/relief_loader.hpp"
#include "geodata/routing/courses.hpp"
#include "render/canvas/fonts.hpp"
#include "render/layers/route_bundle.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

PageRoute route_through(std::vector<PagePt> points) {
    PageRoute r;
    r.points = std::move(points);
    return r;
}

double gap(PagePt a, PagePt b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

TEST(RouteBundle, LegsSharingAStretchRunSideBySideAlongItAndPart) {
    std::vector<PageRoute> routes{route_through({{0, 0}, {100, 0}, {200, 0}, {300, 0}}),
                                  route_through({{0, 100}, {100, 0}, {200, 0}, {300, 100}}),
                                  route_through({{0, 300}, {300, 300}})};
    offset_bundled_legs(routes, 4.0);
    for (std::size_t k : {1u, 2u}) {
        EXPECT_NEAR(gap(routes[0].points[k], routes[1].points[k]), 4.0, 1e-9) << k;
        EXPECT_NEAR(routes[0].points[k].x, routes[1].points[k].x, 1e-9) << k;
    }
    EXPECT_EQ(routes[0].points.front().y, 0.0);
    EXPECT_EQ(routes[1].points.back().y, 100.0);
    // A leg that shares nothing stays (its middle point on its own line).
    ASSERT_EQ(routes[2].points.size(), 3u);
    EXPECT_EQ(routes[2].points[1].y, 300.0);
}

TEST(RouteBundle, LegsInOppositeDirectionsPartToo) {
    std::vector<PageRoute> routes{route_through({{0, 0}, {100, 0}, {200, 0}}),
                                  route_through({{200, 0}, {100, 0}, {0, 0}})};
    offset_bundled_legs(routes, 3.0);
    EXPECT_NEAR(std::abs(routes[0].points[1].y - routes[1].points[1].y), 3.0, 1e-9);
}

TEST(RouteBundle, StraightLegsWithTheSameEndsBend) {
    std::vector<PageRoute> routes{route_through({{0, 0}, {200, 0}}),
                                  route_through({{0, 0}, {200, 0}}),
                                  route_through({{0, 0}, {200, 0}})};
    offset_bundled_legs(routes, 3.0);
    ASSERT_EQ(routes[2].points.size(), 3u);
    EXPECT_NEAR(std::abs(routes[0].points[1].y - routes[1].points[1].y), 3.0, 1e-9);
    EXPECT_NEAR(std::abs(routes[1].points[1].y - routes[2].points[1].y), 3.0, 1e-9);
    EXPECT_NEAR(std::abs(routes[0].points[1].y - routes[2].points[1].y), 6.0, 1e-9);
    EXPECT_EQ(routes[1].points[1].y, 0.0);
}

constexpr YearRange kWarYears{1635, 1658};

struct Drawn {
    std::vector<std::vector<PagePt>> lines;  ///< erdeni-batur-1646 leg 0, galdamba-1652 leg 0
    double spacing_pt = 0.0;
};

std::vector<PagePt> sampled(const PageRoute& r, const Style& style) {
    std::vector<PagePt> out;
    for (const Bezier& b : route_shape(r.points, r.width_pt, style.routes).body)
        for (int k = 0; k < 20; ++k)
            out.push_back(point_at(b, k / 20.0));
    return out;
}

std::optional<Drawn> draw_war() {
    const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
    if (!std::filesystem::exists(default_relief_path()))
        return std::nullopt;
    pin_fonts();
    const Atlas atlas = load_atlas(data);
    const Bounds window = terrain_window(atlas, kWarYears);
    const ElevationGrid grid =
        load_elevation(default_relief_path(), window, terrain_grid_size(window));
    MapSpec spec;
    spec.years = kWarYears;
    spec.page = parse_page("a4-landscape", 300);
    spec.relief = false;
    const Style style = load_style(resolve_style_path("publication"));
    MapPlan plan = plan_map(atlas, spec, style);
    attach_courses(plan, route_courses(atlas, kWarYears, terrain_of(atlas, &grid),
                                       course_generalise_km(plan, style)));
    const PageMap map = compose_unlabelled_map(plan, spec, style, Basemap{}, nullptr, nullptr);
    Drawn d{{}, style.routes.offset_mm * kPtPerMm};
    for (const char* id : {"erdeni-batur-1646", "galdamba-1652"})
        for (const PageRoute& r : map.routes)
            if (r.route.campaign_id == id && r.route.leg == 0) {
                d.lines.push_back(sampled(r, style));
            }
    return d;
}

double distance_to(const std::vector<PagePt>& line, PagePt p) {
    double best = 1e18;
    for (std::size_t j = 0; j + 1 < line.size(); ++j) {
        const PagePt a = line[j], b = line[j + 1];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const double t =
            len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        best = std::min(best, std::hypot(p.x - a.x - dx * t, p.y - a.y - dy * t));
    }
    return best;
}

/// Along the stretch where the two legs run within @p reach_pt of each other (away from their
/// ends): its length and how near they come there.
std::pair<double, double> shared_stretch(const Drawn& d, double reach_pt) {
    const std::vector<PagePt>&a = d.lines[0], &b = d.lines[1];
    double length = 0.0, nearest = 1e18;
    for (std::size_t i = 1; i < a.size(); ++i) {
        const double dist = distance_to(b, a[i]);
        bool near_end = false;
        for (const PagePt& end : {a.front(), a.back(), b.front(), b.back()})
            near_end = near_end || gap(a[i], end) < 4.0 * d.spacing_pt;
        if (dist > reach_pt || near_end)
            continue;
        length += gap(a[i - 1], a[i]);
        nearest = std::min(nearest, dist);
    }
    return {length, nearest};
}

TEST(RouteBundle, TheDzungarLegsToSayramAndTurkistanRunSideBySideDownTheValleys) {
    const std::optional<Drawn> d = draw_war();
    if (!d)
        GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is missing";
    ASSERT_EQ(d->lines.size(), 2u);
    // Up to four legs share the valleys (some back east): within four spacings, and never on
    // top of or across each other (where a third leg joins or one parts, they draw closer).
    const auto [length, nearest] = shared_stretch(*d, 4.0 * d->spacing_pt);
    EXPECT_GT(length, 20.0 * kPtPerMm);
    EXPECT_GE(nearest, 0.25 * d->spacing_pt) << "the legs overlap or cross";
}

}  // namespace
}  // namespace cm
