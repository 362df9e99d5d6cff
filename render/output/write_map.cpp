#include "render/output/write_map.hpp"

#include <algorithm>
#include <filesystem>
#include <thread>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "geodata/io/output_target.hpp"
#include "geodata/model/error.hpp"
#include "render/canvas/cairo_handles.hpp"
#include "render/output/png_encoder.hpp"
#include "render/output/raster.hpp"
#include "render/output/svg_page_size.hpp"
#include "render/scene/draw.hpp"

namespace cm {
namespace {

/// A fixed date keeps PDFs byte-identical from run to run.
constexpr const char* kPdfDate = "2000-01-01T00:00:00Z";

/// Cairo's output stream: appends to the std::string @p closure.
cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    try {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    } catch (const std::bad_alloc&) {
        return CAIRO_STATUS_NO_MEMORY;
    }
}

void set_pdf_metadata(cairo_surface_t* surface, const PageMap& map) {
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, kPdfDate);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, kPdfDate);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, map.scene.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "campaignmap");
}

/// @returns the PDF or SVG file of @p map; errors name @p shown_path.
std::string vector_bytes(const PageMap& map, const Style& style, const std::string& shown_path,
                         MapFormat format, bool transparent) {
    const double w = map.page.width_pt, h = map.page.height_pt;
    std::string bytes;
    Surface surface = checked(format == MapFormat::pdf
                                  ? cairo_pdf_surface_create_for_stream(append_bytes, &bytes, w, h)
                                  : cairo_svg_surface_create_for_stream(append_bytes, &bytes, w, h),
                              shown_path);
    if (format == MapFormat::pdf)
        set_pdf_metadata(surface.get(), map);
    else
        cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PT);
    {
        Context cr = make_context(surface.get());
        draw_map(cr.get(), map, style, transparent);
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw OutputError(shown_path, cairo_status_to_string(cairo_surface_status(surface.get())));
    return format == MapFormat::svg ? with_page_size_mm(std::move(bytes), w, h) : bytes;
}

/// How many threads draw and compress a PNG page: one per core (up to 8). The image and its
/// bytes are the same for any count (raster.hpp, png_encoder.hpp).
int page_threads() {
    return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

std::string png_bytes(const PageMap& map, const Style& style, bool transparent) {
    const int threads = page_threads();
    const RasterImage image = render_raster(map, style, transparent, threads);
    const std::vector<std::uint8_t> png =
        encode_png(image, !transparent, threads, map.page.px_per_pt * 72.0);
    return std::string(png.begin(), png.end());
}

}  // namespace

MapFormat format_of(const std::string& path) {
    if (is_standard_output(path))
        return MapFormat::svg;
    const std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".svg")
        return MapFormat::svg;
    if (ext == ".pdf")
        return MapFormat::pdf;
    if (ext == ".png")
        return MapFormat::png;
    throw OutputError(path, "unknown output format '" + ext + "' (expected .svg, .pdf or .png)");
}

MapFormat map_format_named(const std::string& name) {
    if (name == "svg")
        return MapFormat::svg;
    if (name == "pdf")
        return MapFormat::pdf;
    if (name == "png")
        return MapFormat::png;
    throw UsageError("--format '" + name + "': expected svg, pdf or png");
}

std::string name_of(MapFormat format) {
    switch (format) {
        case MapFormat::svg:
            return "SVG";
        case MapFormat::pdf:
            return "PDF";
        case MapFormat::png:
            return "PNG";
    }
    return "";
}

void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent,
               MapFormat format) {
    PendingOutput out(path);  // an unwritable output fails before drawing
    out.write(format == MapFormat::png ? png_bytes(map, style, transparent)
                                       : vector_bytes(map, style, path, format, transparent));
}

void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent) {
    write_map(map, style, path, transparent, format_of(path));
}

}  // namespace cm
