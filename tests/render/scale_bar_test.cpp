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

/// Great-circle distance on a sphere of the Earth's mean radius (IUGG), in km: a measure
/// independent of PROJ's ellipsoidal geodesics, within 0.5% of them.
double haversine_km(const LonLat& a, const LonLat& b) {
    constexpr double kRadiusKm = 6371.0088;
    const double rad = M_PI / 180.0;
    const double dlat = (b.lat - a.lat) * rad, dlon = (b.lon - a.lon) * rad;
    const double h = std::pow(std::sin(dlat / 2), 2) + std::cos(a.lat * rad) *
                                                           std::cos(b.lat * rad) *
                                                           std::pow(std::sin(dlon / 2), 2);
    return 2.0 * kRadiusKm * std::asin(std::sqrt(h));
}

// The scale is measured here without the code under test: 20 mm of the page's horizontal
// through the frame's centre, inverse-projected and measured on the sphere. The bar must be
// the longest of 1, 2, 5 x 10^n km that fits in the style's maximum at that scale (the
// ladder written out below), drawn at that length on the page.
TEST(ScaleBar, LengthMatchesTheGroundMeasuredAtTheCentre) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style();
    const Atlas atlas = test::fixture_atlas();
    const MapPlan plan = plan_map(atlas, spec, style);
    const PageMap map = test::fixture_map(spec, style);
    const PageBox& b = map.frame.map_box;
    const double step_pt = 20.0 / 25.4 * 72.0;
    const PagePt left{(b.x0 + b.x1) / 2 - step_pt / 2, (b.y0 + b.y1) / 2};
    const PagePt right{left.x + step_pt, left.y};
    const auto a = plan.projection.inverse(map.frame.to_map(left));
    const auto c = plan.projection.inverse(map.frame.to_map(right));
    ASSERT_TRUE(a && c);
    const double km_per_pt = haversine_km(*a, *c) / step_pt;
    const double max_km = style.furniture.scale_bar_mm / 25.4 * 72.0 * km_per_pt;
    double expected_km = 0.0;
    for (const double decade : {1.0, 10.0, 100.0, 1000.0})
        for (const double step : {1.0, 2.0, 5.0})
            if (step * decade <= max_km)
                expected_km = step * decade;
    ASSERT_GT(expected_km, 0.0);
    // Far enough from the next step of the ladder that the sphere's 0.5% cannot change it.
    ASSERT_GT(max_km, expected_km * 1.01);
    const ScaleBar bar = fit_scale_bar(map.km_per_pt, style);
    EXPECT_DOUBLE_EQ(bar.length_km, expected_km);
    EXPECT_NEAR(bar.length_pt, expected_km / km_per_pt, 0.01 * expected_km / km_per_pt);
    EXPECT_NEAR(map.km_per_pt, km_per_pt, 0.01 * km_per_pt);
}

}  // namespace
}  // namespace cm
