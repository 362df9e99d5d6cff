// Area labels keep half their letter height from one another, so that two names side by side
// ("ALTAN KHANATE" "KHALKHA MONGOLS") never read as one line.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "render/labels/candidates.hpp"
#include "render/labels/placement.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

const PageBox kFrame{0.0, 0.0, 800.0, 300.0};

double gap_between(const PlacedLabel& a, const PlacedLabel& b) {
    double gap = 1e9;
    for (const PageBox& p : a.boxes)
        for (const PageBox& q : b.boxes) {
            const double dx = std::max({0.0, p.x0 - q.x1, q.x0 - p.x1});
            const double dy = std::max({0.0, p.y0 - q.y1, q.y0 - p.y1});
            gap = std::min(gap, std::hypot(dx, dy));
        }
    return gap;
}

TEST(LabelAreaGap, IsHalfTheLetterHeight) {
    const LabelFont font = test::region_font();
    EXPECT_DOUBLE_EQ(detail::area_gap_pt(font), 0.5 * detail::cap_height_pt(font));
}

TEST(LabelAreaGap, TwoNamesOnOneLineStandApartByHalfTheirLetterHeight) {
    const LabelRequest altan = test::area_label("altan", "Altan Khanate", {250.0, 150.0}, 1);
    const Placement first = place_labels({altan}, {}, kFrame);
    ASSERT_EQ(first.placed.size(), 1u);
    const PageBox altan_box = test::hull(first.placed[0]);
    LabelRequest khalkha = test::area_label("khalkha", "Khalkha Mongols", {600.0, 150.0}, 2);
    const Placement alone = place_labels({khalkha}, {}, kFrame);
    ASSERT_EQ(alone.placed.size(), 1u);
    // Moved so that its name, where it stands alone, starts one point after the first ends.
    khalkha.anchor.x = altan_box.x1 + 1.0 + (khalkha.anchor.x - test::hull(alone.placed[0]).x0);
    const Placement both = place_labels({altan, khalkha}, {}, kFrame);
    ASSERT_EQ(both.placed.size(), 2u);
    const double gap = detail::area_gap_pt(test::region_font());
    ASSERT_GT(gap, 1.0);
    EXPECT_GE(gap_between(both.placed[0], both.placed[1]), gap - 1e-9);
}

TEST(LabelAreaGap, ANameBelowAnotherKeepsAWholeLetterHeight) {
    // Two names one above the other, half a letter height apart (enough beside each other),
    // would read as one name on two lines.
    const LabelRequest tian = test::area_label("tian-shan", "Tian Shan", {250.0, 150.0}, 1);
    const Placement first = place_labels({tian}, {}, kFrame);
    ASSERT_EQ(first.placed.size(), 1u);
    LabelRequest muzart = test::area_label("muzart", "Muzart Pass", {250.0, 150.0}, 2);
    const Placement alone = place_labels({muzart}, {}, kFrame);
    ASSERT_EQ(alone.placed.size(), 1u);
    const double gap = detail::area_gap_pt(tian.font);
    muzart.anchor.y = test::hull(first.placed[0]).y1 + 1.5 * gap +
                      (muzart.anchor.y - test::hull(alone.placed[0]).y0);
    const Placement both = place_labels({tian, muzart}, {}, kFrame);
    ASSERT_EQ(both.placed.size(), 2u);
    const PageBox a = test::hull(both.placed[0]), b = test::hull(both.placed[1]);
    const double dx = std::max({0.0, a.x0 - b.x1, b.x0 - a.x1});
    const double dy = std::max({0.0, a.y0 - b.y1, b.y0 - a.y1});
    EXPECT_TRUE(dx >= gap || dy >= 2.0 * gap - 1e-9) << dx << " " << dy;
}

TEST(LabelAreaGap, APointLabelMayStandCloserToAnAreaName) {
    // The gap is between area names: a town's name one point from a region's is placed there.
    const LabelRequest region = test::area_label("jetisu", "Jetisu", {250.0, 150.0}, 1);
    const Placement first = place_labels({region}, {}, kFrame);
    ASSERT_EQ(first.placed.size(), 1u);
    const PageBox box = test::hull(first.placed[0]);
    // The town's symbol left of the region's name: its name, right of it, ends near the box.
    LabelRequest town = test::point_label("place:x", "X", {0.0, 150.0}, 2);
    const Placement alone = place_labels({town}, {}, kFrame);
    const PageBox town_box = test::hull(alone.placed[0]);
    town.anchor.x = box.x0 - 1.0 - (town_box.x1 - town.anchor.x);
    const Placement both = place_labels({region, town}, {}, kFrame);
    ASSERT_EQ(both.placed.size(), 2u);
    EXPECT_LT(gap_between(both.placed[0], both.placed[1]), detail::area_gap_pt(region.font));
}

}  // namespace
}  // namespace cm
