// The scale bar on hostile extents: near a pole, at the pole itself in a polar projection, on
// a tiny extent; never negative, never absurd, never a bar for a scale that is not a number.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "render/layers/scale_bar.hpp"
#include "render/project/scale.hpp"

namespace cm {
namespace {

Style bar_style() {
    Style style;
    style.furniture.scale_bar_mm = 30.0;
    return style;
}

/// The bar of @p extent in @p definition on a 600 x 400 pt map, checked to be sane.
ScaleBar sane_bar(const std::string& definition, const Bounds& extent) {
    const Projection projection = Projection::from_definition(definition);
    const PageFrame frame = fit_frame(projection, extent, {0.0, 0.0, 600.0, 400.0});
    const double km_per_pt = scale_at_centre(projection, frame);
    EXPECT_TRUE(std::isfinite(km_per_pt));
    EXPECT_GT(km_per_pt, 0.0);
    const Style style = bar_style();
    const ScaleBar bar = fit_scale_bar(km_per_pt, style);
    EXPECT_GT(bar.length_km, 0.0);
    EXPECT_GT(bar.length_pt, 0.0);
    EXPECT_LE(bar.length_pt, style.furniture.scale_bar_mm * 72.0 / 25.4 + 1e-9);
    // Round: the longest 1, 2 or 5 x 10^n that fits, so at least 2/5 of the room.
    EXPECT_GE(bar.length_pt, 0.4 * style.furniture.scale_bar_mm * 72.0 / 25.4 - 1e-9);
    return bar;
}

TEST(ScaleBarHostile, ExtentReachingAlmostToThePole) {
    const Bounds extent{60.0, 80.0, 90.0, 89.9, false};
    const ScaleBar bar = sane_bar(fit_conic(extent), extent);
    EXPECT_LT(bar.length_km, 2000.0);
}

TEST(ScaleBarHostile, PolarProjectionWithThePoleAtTheCentre) {
    // All round the pole, so that the pole is the frame's centre: the parallel through the
    // centre is a point there, and the scale is measured along the page instead.
    const Bounds extent{-180.0, 80.0, 180.0, 89.0, false};
    const ScaleBar bar = sane_bar("+proj=stere +lat_0=90 +lon_0=0 +datum=WGS84", extent);
    EXPECT_LT(bar.length_km, 2000.0);
}

TEST(ScaleBarHostile, TinyExtentGetsABarInMetres) {
    const Bounds extent{69.7700, 42.3000, 69.7705, 42.3004, false};  // some 40 m across
    const ScaleBar bar = sane_bar(fit_conic(extent), extent);
    EXPECT_LT(bar.length_km, 0.05);
    EXPECT_EQ(scale_bar_text(bar.length_km).find(" km"), std::string::npos);
}

TEST(ScaleBarHostile, ScaleThatIsNotANumberGivesNoBar) {
    const Style style = bar_style();
    for (const double km_per_pt : {std::numeric_limits<double>::quiet_NaN(),
                                   std::numeric_limits<double>::infinity(), 0.0, -2.0}) {
        const ScaleBar bar = fit_scale_bar(km_per_pt, style);
        EXPECT_EQ(bar.length_km, 0.0) << km_per_pt;
        EXPECT_EQ(bar.length_pt, 0.0) << km_per_pt;
    }
    EXPECT_EQ(round_scale_length_km(std::numeric_limits<double>::quiet_NaN()), 0.0);
    EXPECT_EQ(round_scale_length_km(-1.0), 0.0);
}

TEST(ScaleBarHostile, LengthsBelowAKilometreAreRoundToo) {
    EXPECT_DOUBLE_EQ(round_scale_length_km(0.37), 0.2);
    EXPECT_DOUBLE_EQ(round_scale_length_km(0.0061), 0.005);
    EXPECT_EQ(scale_bar_text(200.0), "200 km");
    EXPECT_EQ(scale_bar_text(1.0), "1 km");
    EXPECT_EQ(scale_bar_text(0.5), "500 m");
    EXPECT_EQ(scale_bar_text(0.02), "20 m");
    EXPECT_EQ(scale_bar_text(0.0005), "0.5 m");
}

}  // namespace
}  // namespace cm
