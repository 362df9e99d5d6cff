// Maps across the antimeridian: an extent given as 150..210 (150 E to 150 W) is shown in one
// piece, and data on both sides of 180, read with longitudes in -180..180, lands on the map.

#include <cstdint>

#include <cairo.h>
#include <gtest/gtest.h>

#include "render/layers/layers.hpp"
#include "render/project/lonlat_mesh.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projecting.hpp"
#include "render/writers/cairo_writer.hpp"
#include "scene_fixture.hpp"
#include "scene_render.hpp"

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

TEST(Antimeridian, ReliefMeshInterpolatesAcross180) {
    const Projection projection = Projection::from_definition(fit_conic(kPacific));
    const PageFrame frame = fit_frame(projection, kPacific, {0.0, 0.0, 300.0, 200.0});
    const LonLatMesh mesh(projection, frame, 300, 200, 16);
    // Pixels just either side of the central meridian (180) lie between mesh nodes on either
    // side of it: their longitudes stay near 180 instead of averaging 179 and -179 to 0.
    for (const double x : {145.0, 150.0, 155.0}) {
        const auto at = mesh.at(x, 100.0);
        ASSERT_TRUE(at);
        const double lon = at->lon < 0.0 ? at->lon + 360.0 : at->lon;
        EXPECT_NEAR(lon, 180.0, 3.0) << x;
    }
}

/// The pixel at @p at of a 400 x 300 pt map's land, drawn alone at 1 px per pt.
std::uint32_t land_pixel(const PageMap& map, const Style& style, PagePt at) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 400, 300);
    cairo_t* cr = cairo_create(surface);
    Canvas canvas(400.0, 300.0, cr);
    draw_land(canvas, map, style);
    draw_display_list(cr, canvas.finish());
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const auto* row = cairo_image_surface_get_data(surface) +
                      static_cast<int>(at.y) * cairo_image_surface_get_stride(surface);
    const std::uint32_t pixel = reinterpret_cast<const std::uint32_t*>(row)[static_cast<int>(at.x)];
    cairo_surface_destroy(surface);
    return pixel;
}

TEST(Antimeridian, NoCoastIsDrawnAlongTheCut) {
    MapSpec spec = test::fixture_spec(400, 300, 1, {1001, 1001});
    spec.extent = kPacific;
    const Style style = test::fixture_style();
    const MapPlan plan = plan_map(test::fixture_atlas(), spec, style);
    Basemap land;  // land across 180, in two pieces as a shorelines file holds it
    land.land.polygons = {test::square(170.0, 40.0, 180.0, 50.0),
                          test::square(-180.0, 40.0, -170.0, 50.0)};
    PageMap map = compose_map(plan, spec, style, land, nullptr, nullptr);
    ASSERT_FALSE(map.seams.empty());
    const detail::PageProjector to_page(plan.projection, map.frame, map.extent);
    const auto on_seam = to_page.point({180.0, 45.0});
    const auto beside = to_page.point({-175.0, 45.0});
    ASSERT_TRUE(on_seam && beside);
    const std::uint32_t inside = land_pixel(map, style, *beside);
    EXPECT_EQ(land_pixel(map, style, *on_seam), inside);  // land, no coast line
    map.seams.clear();
    EXPECT_NE(land_pixel(map, style, *on_seam), inside);  // the cut stroked as a coast
    // A map that does not cross has no seam.
    EXPECT_TRUE(
        test::fixture_map(test::fixture_spec(400, 300, 1, {1001, 1001}), style).seams.empty());
}

}  // namespace
}  // namespace cm
