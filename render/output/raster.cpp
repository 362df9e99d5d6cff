#include "render/output/raster.hpp"

#include <cstring>

#include "render/canvas/cairo_handles.hpp"
#include "render/scene/draw.hpp"

namespace cm {

RasterImage render_raster(const PageMap& map, const Style& style, bool transparent) {
    RasterImage image;
    image.width = map.page.width_px();
    image.height = map.page.height_px();
    image.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, image.width);
    image.pixels.assign(static_cast<std::size_t>(image.stride) * image.height, 0);
    Surface surface =
        checked(cairo_image_surface_create_for_data(image.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                    image.width, image.height, image.stride),
                "raster page");
    {
        Context cr = make_context(surface.get());
        cairo_scale(cr.get(), map.page.px_per_pt, map.page.px_per_pt);
        draw_map(cr.get(), map, style, transparent);
    }
    cairo_surface_flush(surface.get());
    return image;
}

}  // namespace cm
