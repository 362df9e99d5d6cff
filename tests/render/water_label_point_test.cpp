// A lake or sea whose label point lies under the legend is named where it shows.

#include <gtest/gtest.h>

#include "render/scene/water_label_point.hpp"

namespace {

using cm::PageBox;
using cm::PagePt;
using cm::PageShape;
using cm::detail::water_label_point;

// A sea from x 0..200, y 100..500 on a map box 0..1000 x 0..600; the legend covers
// x 0..300, y 250..600, so the sea shows only above it (y 100..250).
const PageShape kSea{{{{0, 100}, {200, 100}, {200, 500}, {0, 500}}}};
const PageBox kMapBox{0, 0, 1000, 600};
const PageBox kLegend{0, 250, 300, 600};

TEST(WaterLabelPoint, UnderTheLegendMovesToThePartThatShows) {
    const PagePt at = water_label_point(kSea, {100, 300}, kMapBox, {kLegend});
    EXPECT_FALSE(kLegend.contains(at)) << at.x << ", " << at.y;
    EXPECT_DOUBLE_EQ(at.x, 100.0);
    EXPECT_DOUBLE_EQ(at.y, 175.0) << "the middle of the part above the legend";
}

TEST(WaterLabelPoint, ClearOfTheFurnitureStaysWhereItIs) {
    const PagePt at = water_label_point(kSea, {100, 200}, kMapBox, {kLegend, PageBox{}});
    EXPECT_DOUBLE_EQ(at.x, 100.0);
    EXPECT_DOUBLE_EQ(at.y, 200.0);
}

TEST(WaterLabelPoint, TheLargestPartBesideTheBoxWins) {
    // A wide lake under a small box in its middle: the parts left and right of the box are
    // 300 and 100 wide; the left one wins.
    const PageShape lake{{{{100, 100}, {600, 100}, {600, 200}, {100, 200}}}};
    const PageBox box{400, 50, 500, 250};
    const PagePt at = water_label_point(lake, {450, 150}, kMapBox, {box});
    EXPECT_FALSE(box.contains(at));
    EXPECT_DOUBLE_EQ(at.x, 250.0);
    EXPECT_DOUBLE_EQ(at.y, 150.0);
}

}  // namespace
