#include <cmath>

#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/scale.hpp"

namespace cm {
namespace {

const Bounds kExtent{60.0, 38.0, 90.0, 52.0, false};
const PageBox kSlide{20.0, 40.0, 1420.0, 780.0};

TEST(PageFrame, KeepsTheAspectAndFillsTheBox) {
    const Projection p = Projection::from_definition(fit_conic(kExtent));
    const PageFrame f = fit_frame(p, kExtent, kSlide);
    const double frame_aspect = (f.max.x - f.min.x) / (f.max.y - f.min.y);
    EXPECT_NEAR(frame_aspect, kSlide.width() / kSlide.height(), 1e-9);
    const PagePt top_left = f.to_page({f.min.x, f.max.y});
    const PagePt bottom_right = f.to_page({f.max.x, f.min.y});
    EXPECT_NEAR(top_left.x, kSlide.x0, 1e-6);
    EXPECT_NEAR(top_left.y, kSlide.y0, 1e-6);
    EXPECT_NEAR(bottom_right.x, kSlide.x1, 1e-6);
    EXPECT_NEAR(bottom_right.y, kSlide.y1, 1e-6);
}

TEST(PageFrame, ShowsTheWholeExtentAndCentresIt) {
    const Projection p = Projection::from_definition(fit_conic(kExtent));
    const PageFrame f = fit_frame(p, kExtent, kSlide);
    for (const LonLat corner : {LonLat{60.0, 38.0}, LonLat{90.0, 38.0}, LonLat{60.0, 52.0},
                                LonLat{90.0, 52.0}, LonLat{75.0, 38.0}, LonLat{75.0, 52.0}})
        EXPECT_TRUE(kSlide.contains(f.to_page(p.forward(corner))));
    // The projected outline's middle is the box's middle.
    const PagePt west = f.to_page(p.forward({60.0, 45.0}));
    const PagePt east = f.to_page(p.forward({90.0, 45.0}));
    EXPECT_NEAR((west.x + east.x) / 2.0, (kSlide.x0 + kSlide.x1) / 2.0, 1e-6);
    // The box is wider than the extent, so the extent spans its full height: the conic's
    // parallels curve round the pole, so the north corners are highest and the middle of the
    // south edge is lowest.
    EXPECT_NEAR(f.to_page(p.forward({60.0, 52.0})).y, kSlide.y0, 1e-6);
    EXPECT_NEAR(f.to_page(p.forward({75.0, 38.0})).y, kSlide.y1, 1e-6);
}

TEST(PageFrame, PageAndMapTransformsAreInverse) {
    const Projection p = Projection::from_definition(fit_conic(kExtent));
    const PageFrame f = fit_frame(p, kExtent, kSlide);
    const MapXY m = p.forward({76.9, 43.24});
    const MapXY back = f.to_map(f.to_page(m));
    EXPECT_NEAR(back.x, m.x, 1e-6);
    EXPECT_NEAR(back.y, m.y, 1e-6);
}

TEST(PageFrame, DegenerateExtentIsARenderError) {
    const Projection p = Projection::from_definition("EPSG:3857");
    EXPECT_THROW((void)fit_frame(p, {70.0, 40.0, 70.0, 40.0, false}, kSlide), RenderError);
}

TEST(AutoExtent, AddsTheMarginAndAMinimumSpan) {
    const Bounds b = auto_extent({{70.0, 40.0}, {80.0, 45.0}}, 0.1);
    EXPECT_DOUBLE_EQ(b.west, 69.0);
    EXPECT_DOUBLE_EQ(b.east, 81.0);
    EXPECT_DOUBLE_EQ(b.south, 39.5);
    EXPECT_DOUBLE_EQ(b.north, 45.5);
    const Bounds single = auto_extent({{76.9, 43.24}}, 0.0);
    EXPECT_NEAR(single.east - single.west, 1.0, 1e-12);
    EXPECT_NEAR((single.east + single.west) / 2.0, 76.9, 1e-12);
    EXPECT_THROW((void)auto_extent({}, 0.1), UsageError);
}

TEST(VisibleExtent, CoversTheFittedExtent) {
    const Projection p = Projection::from_definition(fit_conic(kExtent));
    const Bounds seen = visible_extent(p, fit_frame(p, kExtent, kSlide));
    EXPECT_LE(seen.west, kExtent.west);
    EXPECT_GE(seen.east, kExtent.east);
    EXPECT_LE(seen.south, kExtent.south);
    EXPECT_GE(seen.north, kExtent.north);
}

}  // namespace
}  // namespace cm
