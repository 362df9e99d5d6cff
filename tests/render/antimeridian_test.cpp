// Maps across the antimeridian: an extent given as 150..210 (150 E to 150 W) is shown in one
// piece, and data on both sides of 180, read with longitudes in -180..180, lands on the map.

#include <gtest/gtest.h>

#include "render/project/page_frame.hpp"
#include "render/scene/projecting.hpp"
#include "scene_fixture.hpp"

namespace cm {
namespace {

const Bounds kPacific{150.0, 20.0, 210.0, 60.0, false};

TEST(Antimeridian, VisibleExtentRunsOnPast180) {
    const Projection projection = Projection::from_definition(fit_conic(kPacific));
    const PageFrame frame = fit_frame(projection, kPacific, {0.0, 0.0, 600.0, 400.0});
    const Bounds visible = visible_extent(projection, frame);
    EXPECT_LE(visible.west, 150.0);
    EXPECT_GT(visible.west, 100.0);  // not -180: the window is one piece, not the whole world
    EXPECT_GE(visible.east, 210.0);
    EXPECT_LT(visible.east, 260.0);
}

TEST(Antimeridian, DataOnBothSidesOf180IsProjected) {
    const Projection projection = Projection::from_definition(fit_conic(kPacific));
    const PageFrame frame = fit_frame(projection, kPacific, {0.0, 0.0, 600.0, 400.0});
    const detail::PageProjector to_page(projection, frame, visible_extent(projection, frame));
    const auto west_of_180 = to_page.point({170.0, 40.0});
    const auto east_of_180 = to_page.point({-170.0, 40.0});
    ASSERT_TRUE(west_of_180 && east_of_180);
    EXPECT_LT(west_of_180->x, east_of_180->x);  // 170 W lies east of 170 E on the map
    EXPECT_TRUE(frame.map_box.contains(*east_of_180));
    // Land split at the antimeridian, as shorelines files hold it: both halves are drawn,
    // and they meet.
    PolygonGeometry land;
    land.polygons = {test::square(175.0, 50.0, 180.0, 55.0),
                     test::square(-180.0, 50.0, -175.0, 55.0)};
    EXPECT_EQ(to_page.shape(land).rings.size(), 2u);
    const auto seam_west = to_page.point({180.0, 52.0});
    const auto seam_east = to_page.point({-180.0, 52.0});
    ASSERT_TRUE(seam_west && seam_east);
    EXPECT_NEAR(seam_west->x, seam_east->x, 1e-6);
    // A line across it, given as it is stored (-175 after 175), keeps both halves.
    EXPECT_EQ(to_page.line({{175.0, 45.0}, {180.0, 45.0}}).size(), 1u);
    EXPECT_EQ(to_page.line({{-180.0, 45.0}, {-175.0, 45.0}}).size(), 1u);
}

}  // namespace
}  // namespace cm
