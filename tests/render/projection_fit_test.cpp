#include <cmath>
#include <numbers>
#include <string>

#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "render/project/projection.hpp"

namespace cm {
namespace {

const Bounds kCentralAsia{50.0, 32.0, 100.0, 56.0, false};

double parameter(const std::string& definition, const std::string& key) {
    const auto at = definition.find("+" + key + "=");
    EXPECT_NE(at, std::string::npos) << key << " missing in " << definition;
    return std::stod(definition.substr(at + key.size() + 2));
}

TEST(Projection, FitConicPutsParallelsInsideAndMeridianInTheMiddle) {
    const std::string conic = fit_conic(kCentralAsia);
    EXPECT_NE(conic.find("+proj=aea"), std::string::npos);
    EXPECT_NEAR(parameter(conic, "lat_1"), 36.0, 1e-3);
    EXPECT_NEAR(parameter(conic, "lat_2"), 52.0, 1e-3);
    EXPECT_NEAR(parameter(conic, "lon_0"), 75.0, 1e-3);
    EXPECT_GT(parameter(conic, "lat_1"), kCentralAsia.south);
    EXPECT_LT(parameter(conic, "lat_2"), kCentralAsia.north);
}

TEST(Projection, FittedConicKeepsTheCentralMeridianVertical) {
    const Projection p = Projection::from_definition(fit_conic(kCentralAsia));
    const MapXY south = p.forward({75.0, 35.0});
    const MapXY north = p.forward({75.0, 55.0});
    EXPECT_NEAR(south.x, 0.0, 1e-6);
    EXPECT_NEAR(north.x, 0.0, 1e-6);
    EXPECT_GT(north.y, south.y);
}

TEST(Projection, WebMercatorMatchesTheSphericalFormula) {
    // EPSG:3857: x = a * lon, y = a * ln(tan(pi/4 + lat/2)), a = 6378137 m.
    const Projection p = Projection::from_definition("EPSG:3857");
    const MapXY xy = p.forward({10.0, 50.0});
    EXPECT_NEAR(xy.x, 1113194.9079, 1e-3);
    EXPECT_NEAR(xy.y, 6446275.8410, 1e-3);
}

TEST(Projection, ForwardThenInverseReturnsThePlace) {
    const Projection p = Projection::from_definition(fit_conic(kCentralAsia));
    for (const LonLat place : {LonLat{76.9, 43.24}, LonLat{68.3, 43.3}, LonLat{87.6, 43.8}}) {
        const auto back = p.inverse(p.forward(place));
        ASSERT_TRUE(back.has_value());
        EXPECT_NEAR(back->lon, place.lon, 1e-9);
        EXPECT_NEAR(back->lat, place.lat, 1e-9);
    }
}

TEST(Projection, BatchForwardEqualsSingleForward) {
    const Projection p = Projection::from_definition("EPSG:32643");
    const std::vector<LonLat> places{{76.9, 43.24}, {74.0, 42.0}, {70.0, 50.0}};
    const std::vector<MapXY> batch = p.forward(places);
    ASSERT_EQ(batch.size(), places.size());
    for (std::size_t i = 0; i < places.size(); ++i)
        EXPECT_EQ(batch[i], p.forward(places[i]));
}

TEST(Projection, CopyIsAnIndependentClone) {
    auto original = std::make_unique<Projection>(Projection::from_definition("EPSG:3857"));
    const Projection copy = *original;
    const MapXY expected = original->forward({76.9, 43.24});
    original.reset();
    EXPECT_EQ(copy.forward({76.9, 43.24}), expected);
    EXPECT_EQ(copy.definition(), "EPSG:3857");
}

TEST(Projection, BadDefinitionIsAUsageErrorNamingIt) {
    try {
        (void)Projection::from_definition("+proj=nosuchprojection +lat_1=40");
        FAIL() << "no exception";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("nosuchprojection"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)Projection::from_definition("EPSG:999999"), UsageError);
    EXPECT_THROW((void)Projection::from_definition(""), UsageError);
}

TEST(Projection, GeographicCrsIsRejectedAsNotAMapProjection) {
    EXPECT_THROW((void)Projection::from_definition("EPSG:4326"), UsageError);
}

TEST(Projection, UnprojectablePointIsARenderError) {
    // An orthographic view of Central Asia cannot show the far side of the globe.
    const Projection p = Projection::from_definition("+proj=ortho +lat_0=45 +lon_0=75");
    EXPECT_THROW((void)p.forward({-105.0, -45.0}), RenderError);
    EXPECT_THROW((void)p.forward({std::nan(""), 10.0}), RenderError);
}

}  // namespace
}  // namespace cm
