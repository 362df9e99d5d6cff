#include "render/output/raster.hpp"

#include <algorithm>
#include <future>
#include <vector>

#include "render/canvas/cairo_handles.hpp"
#include "render/scene/draw.hpp"

namespace cm {
namespace {

/// Draws the rows [@p first_row, @p end_row) of @p image.
void draw_band(const PageMap& map, const Style& style, bool transparent, RasterImage& image,
               int first_row, int end_row) {
    std::uint8_t* rows = image.pixels.data() + static_cast<std::size_t>(first_row) * image.stride;
    Surface surface =
        checked(cairo_image_surface_create_for_data(rows, CAIRO_FORMAT_ARGB32, image.width,
                                                    end_row - first_row, image.stride),
                "raster page");
    {
        Context cr = make_context(surface.get());
        cairo_translate(cr.get(), 0, -first_row);
        cairo_scale(cr.get(), map.page.px_per_pt, map.page.px_per_pt);
        draw_map(cr.get(), map, style, transparent);
    }
    cairo_surface_flush(surface.get());
}

}  // namespace

RasterImage render_raster(const PageMap& map, const Style& style, bool transparent, int bands) {
    RasterImage image;
    image.width = map.page.width_px();
    image.height = map.page.height_px();
    image.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, image.width);
    image.pixels.assign(static_cast<std::size_t>(image.stride) * image.height, 0);
    bands = std::clamp(bands, 1, std::max(1, image.height));
    const auto row_of = [&](int band) {
        return static_cast<int>(static_cast<long>(image.height) * band / bands);
    };
    std::vector<std::future<void>> others;
    for (int band = 1; band < bands; ++band)
        others.push_back(std::async(std::launch::async, [&, band] {
            draw_band(map, style, transparent, image, row_of(band), row_of(band + 1));
        }));
    draw_band(map, style, transparent, image, 0, row_of(1));
    for (auto& band : others)
        band.get();
    return image;
}

}  // namespace cm
