#include <cmath>

#include <cairo.h>

#include "render/canvas/cairo_handles.hpp"
#include "render/writers/cairo_writer.hpp"

namespace cm {
namespace {

/// Rounds to the nearest whole pixel the same way at every whole-pixel offset (a page drawn
/// in bands must get the same pixels in each band).
double to_pixel(double device) {
    return std::floor(device + 0.5);
}

}  // namespace

void draw_image(cairo_t* cr, const RasterImage& image, const PageBox& b) {
    if (image.width <= 0)
        return;
    // Cairo only reads the pixels; the surface does not outlive this call.
    auto* data = const_cast<unsigned char*>(image.pixels.data());
    Surface surface =
        checked(cairo_image_surface_create_for_data(data, CAIRO_FORMAT_ARGB32, image.width,
                                                    image.height, image.stride),
                "relief image");
    double x0 = b.x0, y0 = b.y0, x1 = b.x0 + b.width(), y1 = b.y0 + b.height();
    cairo_user_to_device(cr, &x0, &y0);
    cairo_user_to_device(cr, &x1, &y1);
    cairo_save(cr);
    if (std::abs(x1 - x0 - image.width) < 1.0 && std::abs(y1 - y0 - image.height) < 1.0) {
        // Shaded at the page's own pixel size: copied pixel for pixel, not resampled (which
        // would blur it by a fraction of a pixel).
        cairo_identity_matrix(cr);
        cairo_set_source_surface(cr, surface.get(), to_pixel(x0), to_pixel(y0));
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
    } else {
        cairo_translate(cr, b.x0, b.y0);
        cairo_scale(cr, b.width() / image.width, b.height() / image.height);
        cairo_set_source_surface(cr, surface.get(), 0, 0);
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    }
    cairo_paint(cr);
    cairo_restore(cr);
}

}  // namespace cm
