#include <cairo.h>

#include "render/canvas/cairo_handles.hpp"
#include "render/layers/layers.hpp"

namespace cm {

void draw_relief(cairo_t* cr, const PageMap& map, const Style& /*style*/) {
    if (!map.relief || map.relief->width <= 0)
        return;
    const RasterImage& image = *map.relief;
    // Cairo only reads the pixels; the surface does not outlive this call.
    auto* data = const_cast<unsigned char*>(image.pixels.data());
    Surface surface =
        checked(cairo_image_surface_create_for_data(data, CAIRO_FORMAT_ARGB32, image.width,
                                                    image.height, image.stride),
                "relief image");
    const PageBox& b = map.frame.map_box;
    cairo_save(cr);
    cairo_translate(cr, b.x0, b.y0);
    cairo_scale(cr, b.width() / image.width, b.height() / image.height);
    cairo_set_source_surface(cr, surface.get(), 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
}

}  // namespace cm
