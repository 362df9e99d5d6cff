// Degree labels of the graticule: meridians converging near a pole cross the frame's top
// edge side by side, and their labels must not be drawn over one another.

#include <cstring>
#include <memory>

#include <cairo.h>
#include <gtest/gtest.h>

#include "render/layers/layers.hpp"
#include "render/writers/cairo_writer.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

using SurfacePtr = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

/// A map whose meridians of @p degrees all reach the frame's top edge within @p spread_pt.
PageMap converging_meridians(const std::vector<double>& degrees, double spread_pt) {
    PageMap map;
    map.frame.map_box = {20.0, 30.0, 380.0, 230.0};
    for (std::size_t i = 0; i < degrees.size(); ++i) {
        const double x = 200.0 + spread_pt * static_cast<double>(i) / degrees.size();
        map.graticule.push_back({true, degrees[i], {{x, 10.0}, {x, 200.0}}});
    }
    return map;
}

SurfacePtr labels_of(const PageMap& map, const Style& style) {
    SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 400, 250),
                       &cairo_surface_destroy);
    cairo_t* cr = cairo_create(surface.get());
    Canvas canvas(400.0, 250.0, cr);
    draw_graticule_labels(canvas, map, style);
    draw_display_list(cr, canvas.finish());
    cairo_destroy(cr);
    cairo_surface_flush(surface.get());
    return surface;
}

bool same_pixels(cairo_surface_t* a, cairo_surface_t* b) {
    return std::memcmp(cairo_image_surface_get_data(a), cairo_image_surface_get_data(b),
                       static_cast<std::size_t>(cairo_image_surface_get_stride(a)) * 250) == 0;
}

TEST(GraticuleLabels, LabelsOfConvergingMeridiansDoNotOverlap) {
    const Style style = test::fixture_style();
    // Five meridians within 4 pt: only the first label has room.
    const SurfacePtr crowded = labels_of(converging_meridians({10, 30, 100, 150, 160}, 4.0), style);
    const SurfacePtr first = labels_of(converging_meridians({10}, 4.0), style);
    EXPECT_TRUE(same_pixels(crowded.get(), first.get()));
    // Spread apart, every label is drawn.
    const SurfacePtr spread =
        labels_of(converging_meridians({10, 30, 100, 150, 160}, 170.0), style);
    EXPECT_FALSE(same_pixels(spread.get(), first.get()));
}

TEST(GraticuleLabels, MeridiansPast180AreNamedWest) {
    // A map across the antimeridian runs its meridians on to 190: that is 170°W.
    const Style style = test::fixture_style();
    const SurfacePtr past = labels_of(converging_meridians({190}, 0.0), style);
    const SurfacePtr west = labels_of(converging_meridians({-170}, 0.0), style);
    const SurfacePtr east = labels_of(converging_meridians({170}, 0.0), style);
    EXPECT_TRUE(same_pixels(past.get(), west.get()));
    EXPECT_FALSE(same_pixels(past.get(), east.get()));
}

}  // namespace
}  // namespace cm
