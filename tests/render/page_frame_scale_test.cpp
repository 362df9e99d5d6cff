#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "render/project/page_frame.hpp"
#include "render/project/scale.hpp"

namespace cm {
namespace {

/// Great-circle distance on a sphere of the mean Earth radius.
double haversine_km(const LonLat& a, const LonLat& b) {
    constexpr double kRadiusKm = 6371.0088;
    const double rad = std::numbers::pi / 180.0;
    const double dlat = (b.lat - a.lat) * rad;
    const double dlon = (b.lon - a.lon) * rad;
    const double h =
        std::sin(dlat / 2) * std::sin(dlat / 2) +
        std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2.0 * kRadiusKm * std::asin(std::sqrt(h));
}

TEST(Scale, GeodesicAgreesWithHaversineWithinTheEllipsoidsFlattening) {
    const LonLat almaty{76.9, 43.24};
    const LonLat tashkent{69.24, 41.31};
    const double km = geodesic_km(almaty, tashkent);
    EXPECT_NEAR(km, haversine_km(almaty, tashkent), km * 0.005);
}

TEST(Scale, KmPerPointAtTheCentreMatchesAMeasuredDistance) {
    const Bounds extent{60.0, 38.0, 90.0, 52.0, false};
    const Projection p = Projection::from_definition(fit_conic(extent));
    const PageFrame f = fit_frame(p, extent, {0.0, 0.0, 800.0, 600.0});
    const double km_per_pt = scale_at_centre(p, f);
    // Measure 100 pt along the page's horizontal through the centre, on the ground.
    const auto a = p.inverse(f.to_map({350.0, 300.0}));
    const auto b = p.inverse(f.to_map({450.0, 300.0}));
    ASSERT_TRUE(a && b);
    EXPECT_NEAR(km_per_pt * 100.0, haversine_km(*a, *b), haversine_km(*a, *b) * 0.01);
}

TEST(Scale, MercatorScaleGrowsWithLatitudeAsItShould) {
    // In Mercator a page point at 60°N covers half the ground it covers at the equator.
    const Projection p = Projection::from_definition("EPSG:3857");
    const PageFrame equator = fit_frame(p, {-5.0, -5.0, 5.0, 5.0, false}, {0, 0, 500, 500});
    PageFrame north = equator;
    const MapXY shift = p.forward({0.0, 60.0});
    north.min.y += shift.y;
    north.max.y += shift.y;
    EXPECT_NEAR(scale_at_centre(p, north) / scale_at_centre(p, equator), 0.5, 0.01);
}

TEST(Scale, RoundLengthsAreOneTwoOrFiveTimesAPowerOfTen) {
    EXPECT_DOUBLE_EQ(round_scale_length_km(370.0), 200.0);
    EXPECT_DOUBLE_EQ(round_scale_length_km(99.0), 50.0);
    EXPECT_DOUBLE_EQ(round_scale_length_km(1000.0), 1000.0);
    EXPECT_DOUBLE_EQ(round_scale_length_km(1.7), 1.0);
}

}  // namespace
}  // namespace cm
