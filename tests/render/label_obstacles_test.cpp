// Drawn routes as obstacles of the labels: a label crosses a route only when it has no other
// place, and the crossing is reported; the segment index finds what a scan would.

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render/labels/placement.hpp"
#include "render/labels/segment_index.hpp"
#include "render/scene/route_obstacles.hpp"
#include "tests/render/labels_scenes.hpp"
#include "tests/render/scene_render.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 400.0, 300.0};

bool crosses(const PageBox& box, const RouteObstacle& route) {
    const PageBox grown{box.x0 - route.half_width_pt, box.y0 - route.half_width_pt,
                        box.x1 + route.half_width_pt, box.y1 + route.half_width_pt};
    for (std::size_t i = 1; i < route.line.size(); ++i)
        if (detail::segment_crosses_box(route.line[i - 1], route.line[i], grown))
            return true;
    return false;
}

TEST(LabelObstacles, ASegmentCrossesABoxOnlyThroughItsInside) {
    const PageBox box{10, 10, 20, 20};
    EXPECT_TRUE(detail::segment_crosses_box({0, 15}, {30, 15}, box));    // straight through
    EXPECT_TRUE(detail::segment_crosses_box({12, 12}, {13, 13}, box));   // wholly inside
    EXPECT_TRUE(detail::segment_crosses_box({5, 25}, {25, 5}, box));     // the diagonal
    EXPECT_FALSE(detail::segment_crosses_box({0, 0}, {30, 5}, box));     // above it
    EXPECT_FALSE(detail::segment_crosses_box({0, 25}, {25, 40}, box));   // past a corner
    EXPECT_FALSE(detail::segment_crosses_box({0, 10}, {30, 10}, box));   // along an edge
    EXPECT_FALSE(detail::segment_crosses_box({15, 21}, {15, 40}, box));  // ends short of it
}

TEST(LabelObstacles, TheIndexFindsWhatAScanOfEverySegmentFinds) {
    std::mt19937 random(12);
    std::uniform_real_distribution<double> along(-20.0, 420.0), step(-15.0, 15.0), size(1.0, 40.0);
    std::vector<RouteObstacle> routes;
    SegmentIndex index(kFrame, 24.0);
    for (std::size_t r = 0; r < 20; ++r) {
        RouteObstacle route{"route:" + std::to_string(r), {{along(random), along(random)}}, 1.5};
        for (int i = 0; i < 200; ++i)
            route.line.push_back(
                {route.line.back().x + step(random), route.line.back().y + step(random)});
        index.add(route.line, route.half_width_pt, r);
        routes.push_back(std::move(route));
    }
    int hits = 0;
    for (int q = 0; q < 3000; ++q) {
        const double x = along(random), y = along(random);
        const PageBox box{x, y, x + size(random), y + size(random) / 3.0};
        std::optional<std::size_t> scan;
        for (std::size_t r = 0; r < routes.size() && !scan; ++r)
            if (crosses(box, routes[r]))
                scan = r;
        const std::optional<std::size_t> found = index.first_hit(box);
        ASSERT_EQ(found.has_value(), scan.has_value()) << "box at " << x << ", " << y;
        if (found) {
            EXPECT_TRUE(crosses(box, routes[*found]));
        }
        hits += found ? 1 : 0;
    }
    EXPECT_GT(hits, 300);  // the scene is neither empty nor all route
    EXPECT_LT(hits, 2700);
}

TEST(LabelObstacles, ALabelGoesWhereNoRouteRunsAndCrossesNone) {
    const PagePt anchor{200.0, 150.0};
    const LabelRequest town = test::point_label("place:sayram", "Sayram", anchor);
    // A route straight down through the right of the symbol, where the label would go.
    const RouteObstacle route{"route:a#1", {{215.0, 0.0}, {215.0, 300.0}}, 1.5};
    const Placement free = place_labels({town}, {}, kFrame);
    ASSERT_EQ(free.placed.size(), 1u);
    ASSERT_TRUE(crosses(test::hull(free.placed[0]), route));  // its first choice is on it
    const Placement placement = place_labels({town}, {}, kFrame, {route});
    ASSERT_EQ(placement.placed.size(), 1u);
    for (const PageBox& box : placement.placed[0].boxes)
        EXPECT_FALSE(crosses(box, route));
    EXPECT_TRUE(placement.crossings.empty());
}

TEST(LabelObstacles, ALabelWithNoPlaceOffTheRoutesCrossesOneAndSaysWhich) {
    const PagePt anchor{200.0, 150.0};
    const LabelRequest town = test::point_label("event:battle", "Battle of Orbulaq 1643", anchor);
    // Routes in every direction round the symbol: a star of six through it.
    std::vector<RouteObstacle> routes;
    routes.push_back({"route:far#1", {{10.0, 10.0}, {30.0, 10.0}}, 1.0});
    for (int i = 0; i < 6; ++i) {
        const double a = i * 3.14159265 / 6.0;
        routes.push_back({"route:star#" + std::to_string(i),
                          {{anchor.x - 300.0 * std::cos(a), anchor.y - 300.0 * std::sin(a)},
                           {anchor.x + 300.0 * std::cos(a), anchor.y + 300.0 * std::sin(a)}},
                          1.0});
    }
    const Placement placement = place_labels({town}, {}, kFrame, routes);
    ASSERT_EQ(placement.placed.size(), 1u);
    EXPECT_TRUE(placement.dropped.empty());
    ASSERT_EQ(placement.crossings.size(), 1u);
    EXPECT_EQ(placement.crossings[0].label_id, "event:battle");
    const std::string route = placement.crossings[0].route_id;
    EXPECT_EQ(route.rfind("route:star#", 0), 0u) << route;
    bool crossed = false;
    for (const RouteObstacle& r : routes)
        if (r.id == route)
            crossed = crosses(test::hull(placement.placed[0]), r);
    EXPECT_TRUE(crossed);
}

TEST(LabelObstacles, ARoutesObstacleFollowsItsDrawnCurveToTheArrowheadsTip) {
    const Style style = test::fixture_style();
    PageRoute route;
    route.route.campaign_id = "raid";
    route.route.leg = 2;
    route.points = {{10, 100}, {100, 60}, {200, 120}};
    route.width_pt = 3.0;
    const std::vector<RouteObstacle> obstacles = route_obstacles({route}, style);
    ASSERT_EQ(obstacles.size(), 1u);
    const RouteObstacle& o = obstacles[0];
    EXPECT_EQ(o.id, "route:raid#2");
    EXPECT_DOUBLE_EQ(o.half_width_pt, 1.5 + style.routes.halo_pt);
    ASSERT_GT(o.line.size(), 16u);  // the curve, not its three places
    EXPECT_NEAR(o.line.front().x, 10.0, 1e-9);
    bool through_middle = false, tip = false;
    for (const PagePt& p : o.line) {
        through_middle |= std::hypot(p.x - 100.0, p.y - 60.0) < 1e-6;
        tip |= std::hypot(p.x - 200.0, p.y - 120.0) < 1e-6;
    }
    EXPECT_TRUE(through_middle);
    EXPECT_TRUE(tip);
}

}  // namespace
}  // namespace cm
