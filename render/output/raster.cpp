#include "render/output/raster.hpp"

#include <algorithm>
#include <future>
#include <string>
#include <vector>

#include "geodata/model/error.hpp"

#include "render/canvas/cairo_handles.hpp"
#include "render/compose/compose_page.hpp"
#include "render/writers/cairo_writer.hpp"
#include "render/writers/measure.hpp"

namespace cm {
namespace {

/// Rows drawn beyond a band's cut on either side and thrown away. Cairo 1.16 strokes the last
/// rows above a surface's bottom edge a little differently when the stroke goes on past it
/// (a unit of one channel, on the two rows next to the cut): drawn a few rows further, those
/// rows come out as in a page drawn whole.
constexpr int kBandOverlapRows = 4;

/// Draws the page's rows from @p top on into the @p rows rows at @p pixels.
void draw_rows(const PageSize& page, const DisplayList& list, std::uint8_t* pixels, int width,
               int stride, int top, int rows) {
    Surface surface = checked(
        cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_ARGB32, width, rows, stride),
        "raster page");
    {
        Context cr = make_context(surface.get());
        cairo_translate(cr.get(), 0, -top);
        cairo_scale(cr.get(), page.px_per_pt, page.px_per_pt);
        draw_display_list(cr.get(), list);
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
            throw RenderError(std::string("drawing the page: ") +
                              cairo_status_to_string(cairo_status(cr.get())));
    }
    cairo_surface_flush(surface.get());
}

/// Draws the rows [@p first_row, @p end_row) of @p image: straight into it when they are the
/// whole page, else with the rows around them into a scratch image (starting as @p under's
/// rows, or transparent) whose band rows are then copied across.
void draw_band(const PageSize& page, const DisplayList& list, RasterImage& image,
               const RasterImage* under, int first_row, int end_row) {
    const auto stride = static_cast<std::size_t>(image.stride);
    if (first_row == 0 && end_row == image.height) {
        draw_rows(page, list, image.pixels.data(), image.width, image.stride, 0, image.height);
        return;
    }
    const int top = std::max(0, first_row - kBandOverlapRows);
    const int bottom = std::min(image.height, end_row + kBandOverlapRows);
    std::vector<std::uint8_t> scratch(stride * static_cast<std::size_t>(bottom - top));
    if (under)
        std::copy_n(under->pixels.begin() + static_cast<std::ptrdiff_t>(stride * top),
                    scratch.size(), scratch.begin());
    draw_rows(page, list, scratch.data(), image.width, image.stride, top, bottom - top);
    std::copy_n(scratch.begin() + static_cast<std::ptrdiff_t>(stride * (first_row - top)),
                stride * static_cast<std::size_t>(end_row - first_row),
                image.pixels.begin() + static_cast<std::ptrdiff_t>(stride * first_row));
}

}  // namespace

RasterImage draw_raster(const DisplayList& list, const PageSize& page, int bands,
                        const RasterImage* under) {
    RasterImage image;
    image.width = page.width_px();
    image.height = page.height_px();
    image.stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, image.width);
    if (under && (under->width != image.width || under->height != image.height ||
                  under->stride != image.stride))
        throw RenderError("drawing the page: the image under it is not of the page's size");
    if (under)
        image.pixels = under->pixels;
    else
        image.pixels.assign(static_cast<std::size_t>(image.stride) * image.height, 0);
    bands = std::clamp(bands, 1, std::max(1, image.height));
    const auto row_of = [&](int band) {
        return static_cast<int>(static_cast<long>(image.height) * band / bands);
    };
    std::vector<std::future<void>> others;
    for (int band = 1; band < bands; ++band)
        others.push_back(std::async(std::launch::async, [&, band] {
            draw_band(page, list, image, under, row_of(band), row_of(band + 1));
        }));
    draw_band(page, list, image, under, 0, row_of(1));
    for (auto& band : others)
        band.get();
    return image;
}

RasterImage render_raster(const PageMap& map, const Style& style, bool transparent, int bands) {
    const TextMeasure measure = TextMeasure::raster(map.page.px_per_pt);
    return draw_raster(compose_page(map, style, transparent, measure.get()), map.page, bands);
}

}  // namespace cm
