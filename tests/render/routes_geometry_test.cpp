// Route geometry: widths from strength, smooth curves through the waypoints, arrowheads on
// target, shared legs offset.

#include <cmath>

#include <gtest/gtest.h>

#include "render/layers/route_geometry.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

double distance(PagePt a, PagePt b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

TEST(RouteGeometry, WidthIsLinearInStrength) {
    RouteStyle s;
    s.min_pt = 1.0, s.max_pt = 5.0, s.default_pt = 2.0;
    EXPECT_DOUBLE_EQ(route_width_pt(1000, 1000, 5000, s), 1.0);
    EXPECT_DOUBLE_EQ(route_width_pt(5000, 1000, 5000, s), 5.0);
    EXPECT_DOUBLE_EQ(route_width_pt(3000, 1000, 5000, s), 3.0);
    EXPECT_DOUBLE_EQ(route_width_pt(std::nullopt, 1000, 5000, s), 2.0);
}

TEST(RouteGeometry, CurvePassesThroughEveryWaypoint) {
    const std::vector<PagePt> pts{{0, 0}, {50, 30}, {120, 10}, {160, 80}};
    const auto curve = smooth_curve(pts);
    ASSERT_EQ(curve.size(), 3u);
    for (std::size_t i = 0; i < curve.size(); ++i) {
        EXPECT_LT(distance(curve[i].p0, pts[i]), 1e-9);
        EXPECT_LT(distance(curve[i].p3, pts[i + 1]), 1e-9);
    }
    // Smooth: the tangents either side of an inner waypoint point the same way.
    const PagePt in{curve[0].p3.x - curve[0].c2.x, curve[0].p3.y - curve[0].c2.y};
    const PagePt out{curve[1].c1.x - curve[1].p0.x, curve[1].c1.y - curve[1].p0.y};
    const double cross = in.x * out.y - in.y * out.x;
    EXPECT_NEAR(cross / (std::hypot(in.x, in.y) * std::hypot(out.x, out.y)), 0.0, 1e-9);
}

TEST(RouteGeometry, ArrowTipOnTargetAndBodyStopsBeforeIt) {
    RouteStyle s;
    const std::vector<PagePt> pts{{10, 10}, {60, 80}, {140, 40}};
    const RouteShape shape = route_shape(pts, 3.0, s);
    EXPECT_LT(distance(shape.tip, pts.back()), kPtPerMm);  // within 1 mm
    const double length = s.arrow_length_mm * kPtPerMm;
    EXPECT_GT(distance(shape.body.back().p3, pts.back()), 0.5 * length);
    EXPECT_NEAR(distance(shape.left, shape.right),
                std::max(3.0 * s.arrow_width_ratio, 2.0 * kPtPerMm), 1e-6);
}

TEST(RouteGeometry, FixtureArrowheadsStopTheStatedGapShortOfTheirTargets) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style();
    const PageMap map = test::fixture_map(spec, style);
    ASSERT_EQ(map.routes.size(), 2u);
    for (const PageRoute& r : map.routes) {
        const RouteShape shape = route_shape(r.points, r.width_pt, style.routes);
        PagePt town{};
        for (const PagePlace& p : map.settlements)
            if (p.id == r.route.place_ids.back())
                town = p.at;
        // Short of the town's dot, or of the event symbol there, by the style's arrow gap.
        EXPECT_GT(r.end_gap_pt, style.routes.arrow_gap_mm * kPtPerMm);
        EXPECT_NEAR(distance(shape.tip, town), r.end_gap_pt, 0.01)
            << r.route.campaign_id << " leg " << r.route.leg;
    }
}

TEST(RouteGeometry, LegsSharingEndpointsAreOffsetApart) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style();
    const PageMap map = test::fixture_map(spec, style);
    // The advance goes via Ayagöz, the retreat straight back: they share both endpoints, so
    // the retreat (a straight leg) bends away from the chord by half the offset.
    ASSERT_EQ(map.routes.size(), 2u);
    const PageRoute& back = map.routes[1];
    ASSERT_EQ(back.points.size(), 3u);
    PagePt from{}, to{};  // the places: the leg's last point stops short of its target
    for (const PagePlace& p : map.settlements) {
        if (p.id == back.route.place_ids.front())
            from = p.at;
        if (p.id == back.route.place_ids.back())
            to = p.at;
    }
    const PagePt middle{(from.x + to.x) / 2, (from.y + to.y) / 2};
    EXPECT_NEAR(distance(back.points[1], middle), style.routes.offset_mm * kPtPerMm / 2.0, 1e-6);
}

TEST(RouteGeometry, StrongerCampaignIsWider) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style();
    const PageMap map = test::fixture_map(spec, style);
    // One stated strength: the middle of the range.
    EXPECT_DOUBLE_EQ(map.routes[0].width_pt, (style.routes.min_pt + style.routes.max_pt) / 2.0);
}

}  // namespace
}  // namespace cm
