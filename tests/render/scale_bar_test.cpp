// The scale bar: a round length whose page length is right for the projection at the centre.

#include <cmath>

#include <gtest/gtest.h>

#include "render/layers/scale_bar.hpp"
#include "render/project/scale.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

TEST(ScaleBar, RoundLengthNoLongerThanTheMaximum) {
    Style style;
    style.furniture.scale_bar_mm = 30.0;
    const double km_per_pt = 2.0;  // 30 mm = 170 km
    const ScaleBar bar = fit_scale_bar(km_per_pt, style);
    EXPECT_DOUBLE_EQ(bar.length_km, 100.0);
    EXPECT_DOUBLE_EQ(bar.length_pt, 50.0);
}

TEST(ScaleBar, LengthMatchesGeodesicDistanceAtTheCentre) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style();
    const Atlas atlas = test::fixture_atlas();
    const MapPlan plan = plan_map(atlas, spec, style);
    const PageMap map = test::fixture_map(spec, style);
    const ScaleBar bar = fit_scale_bar(map.km_per_pt, style);
    // Walk the bar's length east along the centre's row of the page and measure on the ground.
    const PageBox& b = map.frame.map_box;
    const PagePt left{(b.x0 + b.x1) / 2 - bar.length_pt / 2, (b.y0 + b.y1) / 2};
    const PagePt right{left.x + bar.length_pt, left.y};
    const auto a = plan.projection.inverse(map.frame.to_map(left));
    const auto c = plan.projection.inverse(map.frame.to_map(right));
    ASSERT_TRUE(a && c);
    EXPECT_NEAR(geodesic_km(*a, *c), bar.length_km, bar.length_km * 0.01);
}

}  // namespace
}  // namespace cm
