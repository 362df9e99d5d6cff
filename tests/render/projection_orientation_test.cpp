// Projections that would draw the extent mirrored, turned over or folded onto itself are
// refused, with the projection and the places at fault; ordinary ones pass.

#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "render/project/orientation.hpp"

namespace cm {
namespace {

const Bounds kCentralAsia{60.0, 38.0, 90.0, 52.0, false};

std::string refusal(const std::string& definition, const Bounds& extent) {
    try {
        require_orientation(Projection::from_definition(definition), extent);
    } catch (const UsageError& e) {
        return e.what();
    }
    return "";
}

TEST(ProjectionOrientation, FittedConicsAndCommonProjectionsKeepTheOrientation) {
    EXPECT_EQ(refusal(fit_conic(kCentralAsia), kCentralAsia), "");
    EXPECT_EQ(refusal("EPSG:3857", kCentralAsia), "");
    EXPECT_EQ(refusal("+proj=lcc +lat_1=40 +lat_2=50 +lon_0=75", kCentralAsia), "");
    EXPECT_EQ(refusal("+proj=stere +lat_0=90 +lon_0=75", kCentralAsia), "");
    const Bounds wide{-170.0, -60.0, 170.0, 70.0, false};
    EXPECT_EQ(refusal("+proj=robin", wide), "");
}

TEST(ProjectionOrientation, MirroredAxesAreRefused) {
    const std::string west_east = refusal("+proj=merc +axis=wnu", kCentralAsia);
    EXPECT_NE(west_east.find("mirrors or folds the extent"), std::string::npos) << west_east;
    EXPECT_NE(west_east.find("but is drawn left of it"), std::string::npos) << west_east;
    const std::string south_north = refusal("+proj=merc +axis=esu", kCentralAsia);
    EXPECT_NE(south_north.find("but is drawn below it"), std::string::npos) << south_north;
}

TEST(ProjectionOrientation, PolarViewTurnedAwayFromTheExtentIsRefused) {
    // Seen from above the pole with 105 W at the bottom, Central Asia is upside down.
    const std::string message = refusal("+proj=stere +lat_0=90 +lon_0=-105", kCentralAsia);
    EXPECT_EQ(message.rfind("projection '+proj=stere +lat_0=90 +lon_0=-105' mirrors or folds", 0),
              0u)
        << message;
}

TEST(ProjectionOrientation, ProjectionCutAcrossTheExtentIsRefused) {
    // Mercator centred on Greenwich is cut at 180: a Pacific extent would fall apart. Places
    // past 180 are named as a reader knows them (-172.5, not 187.5).
    const Bounds pacific{150.0, 20.0, 210.0, 60.0, false};
    EXPECT_EQ(refusal("+proj=merc +lon_0=180", pacific), "");
    const std::string message = refusal("EPSG:3857", pacific);
    EXPECT_NE(message.find("lon/lat -172.50000, 20.00000 lies east of lon/lat 180.00000"),
              std::string::npos)
        << message;
}

TEST(ProjectionOrientation, ExtentFoldedOntoAPointIsRefused) {
    // In a conformal conic the pole is one point: the extent's northern edge collapses onto it.
    const Bounds to_pole{60.0, 70.0, 90.0, 90.0, false};
    const std::string message = refusal("+proj=lcc +lat_1=75 +lat_2=85 +lon_0=75", to_pole);
    EXPECT_NE(message.find("are drawn on the same point"), std::string::npos) << message;
    EXPECT_NE(message.find("90.00000"), std::string::npos) << message;
}

}  // namespace
}  // namespace cm
