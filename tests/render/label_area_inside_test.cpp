// An area label lies inside its own land: every box within the land's rings, tried at the
// anchor, then at the land's deepest points and tighter, before it is dropped.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render/labels/area_fit.hpp"
#include "render/labels/placement.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 800.0, 600.0};

/// An L: a long bar along the bottom and a tall one up the left; the middle of its box lies
/// outside it.
Rings l_shape() {
    return {{{100, 100}, {180, 100}, {180, 420}, {600, 420}, {600, 500}, {100, 500}}};
}

bool box_inside(const PageBox& box, const Rings& rings) {
    for (const PagePt corner : {PagePt{box.x0, box.y0}, PagePt{box.x1, box.y0},
                                PagePt{box.x0, box.y1}, PagePt{box.x1, box.y1}})
        if (!detail::inside_rings(rings, corner))
            return false;
    for (const auto& ring : rings)
        for (std::size_t i = 0; i < ring.size(); ++i)
            if (detail::segment_crosses_box(ring[i], ring[(i + 1) % ring.size()], box))
                return false;
    return true;
}

TEST(LabelAreaInside, ThePoleOfInaccessibilityIsTheDeepestPoint) {
    const Rings square{{{0, 0}, {100, 0}, {100, 100}, {0, 100}}};
    const PagePt centre = detail::pole_of_inaccessibility(square, 0.5);
    EXPECT_NEAR(centre.x, 50.0, 1.0);
    EXPECT_NEAR(centre.y, 50.0, 1.0);
    const PagePt pole = detail::pole_of_inaccessibility(l_shape(), 0.5);
    EXPECT_TRUE(detail::inside_rings(l_shape(), pole));
    // Where the bars meet, a circle of radius r touches the two outer walls and the inner
    // corner: 40 + t = sqrt(2) (40 - t), r = 40 + t = 80 sqrt(2) / (1 + sqrt(2)).
    EXPECT_NEAR(detail::depth_in(l_shape(), pole), 80.0 * std::sqrt(2.0) / (1.0 + std::sqrt(2.0)),
                1.0);
}

TEST(LabelAreaInside, InteriorPointsAreInsideAndApart) {
    const std::vector<PagePt> points = detail::interior_points(l_shape(), 4);
    ASSERT_GE(points.size(), 3u);
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_GT(detail::depth_in(l_shape(), points[i]), 0.0);
        for (std::size_t j = 0; j < i; ++j)
            EXPECT_GE(std::hypot(points[i].x - points[j].x, points[i].y - points[j].y), 99.0);
    }
}

TEST(LabelAreaInside, ANameWhoseAnchorIsOutsideItsLandMovesIntoIt) {
    LabelRequest request = test::area_label("area:l", "Khalkha Mongols", {350, 300});
    request.inside = l_shape();
    ASSERT_FALSE(detail::inside_rings(request.inside, request.anchor));
    const Placement placement = place_labels({request}, {}, kFrame);
    ASSERT_EQ(placement.placed.size(), 1u);
    for (const PageBox& box : placement.placed[0].boxes)
        EXPECT_TRUE(box_inside(box, request.inside));
}

TEST(LabelAreaInside, ANameThatFitsOnlyTighterIsSetTighter) {
    // A bar just too short for the name at its spacing, long enough at half of it.
    LabelRequest request = test::area_label("area:bar", "Ulytau", {400, 300});
    const Placement free = place_labels({request}, {}, kFrame);
    ASSERT_EQ(free.placed.size(), 1u);
    const PageBox box = test::hull(free.placed[0]);
    const double letters = 6.0, spacing = request.font.letter_spacing_pt;
    const double half_width = (box.width() - letters * spacing / 4.0) / 2.0;
    request.inside = {{{400 - half_width, 300 - 30},
                       {400 + half_width, 300 - 30},
                       {400 + half_width, 300 + 30},
                       {400 - half_width, 300 + 30}}};
    ASSERT_LT(2.0 * half_width, box.width());
    const Placement placement = place_labels({request}, {}, kFrame);
    ASSERT_EQ(placement.placed.size(), 1u);
    EXPECT_LT(placement.placed[0].font.letter_spacing_pt, spacing);
    for (const PageBox& b : placement.placed[0].boxes)
        EXPECT_TRUE(box_inside(b, request.inside));
}

TEST(LabelAreaInside, ANameWithNoRoomInItsLandIsDropped) {
    LabelRequest request = test::area_label("area:tiny", "Dzungar Khanate", {400, 300});
    request.inside = {{{390, 290}, {410, 290}, {410, 310}, {390, 310}}};
    const Placement placement = place_labels({request}, {}, kFrame);
    EXPECT_TRUE(placement.placed.empty());
    ASSERT_EQ(placement.dropped.size(), 1u);
    EXPECT_EQ(placement.dropped[0], "area:tiny");
}

}  // namespace
}  // namespace cm
