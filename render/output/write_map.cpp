#include "render/output/write_map.hpp"

#include <algorithm>
#include <filesystem>
#include <thread>

#include <cairo-pdf.h>

#include "geodata/files/output_target.hpp"
#include "geodata/model/error.hpp"
#include "render/canvas/cairo_handles.hpp"
#include "render/compose/compose_page.hpp"
#include "render/output/raster.hpp"
#include "render/writers/cairo_writer.hpp"
#include "render/writers/measure.hpp"
#include "render/writers/png_encoder.hpp"
#include "render/writers/svg_writer.hpp"

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

/// @returns the PDF file of @p map; errors name @p shown_path.
std::string pdf_bytes(const PageMap& map, const Style& style, const std::string& shown_path,
                      bool transparent) {
    const double w = map.page.width_pt, h = map.page.height_pt;
    std::string bytes;
    Surface surface =
        checked(cairo_pdf_surface_create_for_stream(append_bytes, &bytes, w, h), shown_path);
    set_pdf_metadata(surface.get(), map);
    {
        const TextMeasure measure = TextMeasure::vector();
        const DisplayList list = compose_page(map, style, transparent, measure.get());
        Context cr = make_context(surface.get());
        draw_display_list(cr.get(), list);
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
            throw OutputError(shown_path, cairo_status_to_string(cairo_status(cr.get())));
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw OutputError(shown_path, cairo_status_to_string(cairo_surface_status(surface.get())));
    return bytes;
}

SvgFile svg_file(const PageMap& map, const Style& style, bool transparent,
                 const std::string& relief_href) {
    return write_svg(compose_svg_page(map, style, transparent), {relief_href});
}

/// How many threads compress a PNG page: one per core (up to 8); the bytes are the same for
/// any count (png_encoder.hpp).
int page_threads() {
    return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

/// A PNG page is always drawn in this many bands, one thread each, whatever the machine: the
/// halo of a name along a river can differ by a level in a pixel between band counts
/// (raster.hpp), and a map must give the same bytes on every machine.
constexpr int kPageBands = 2;

std::string png_bytes(const PageMap& map, const Style& style, bool transparent) {
    const int threads = page_threads();
    const RasterImage image = render_raster(map, style, transparent, kPageBands);
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

DisplayList compose_svg_page(const PageMap& map, const Style& style, bool transparent) {
    const TextMeasure measure = TextMeasure::vector();
    return compose_page(map, style, transparent, measure.get());
}

void write_multilingual_svg(const std::vector<LanguagePage>& pages, const std::string& path,
                            SvgRelief relief) {
    const bool linked = relief == SvgRelief::external;
    if (linked && is_standard_output(path))
        throw UsageError("--svg-relief external needs an output file, not '-'");
    PendingOutput out(path);
    if (!linked) {
        out.write(write_svg_languages(pages).svg);
        return;
    }
    const std::string relief_path = svg_relief_path(path);
    PendingOutput relief_out(relief_path);
    const SvgFile file =
        write_svg_languages(pages, {std::filesystem::path(relief_path).filename().string()});
    if (!file.relief_png.empty())
        relief_out.write(std::string(file.relief_png.begin(), file.relief_png.end()));
    out.write(file.svg);
}

std::string svg_relief_path(const std::string& svg_path) {
    std::filesystem::path p(svg_path);
    return (p.parent_path() / (p.stem().string() + "-relief.png")).string();
}

void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent,
               MapFormat format, SvgRelief relief) {
    const bool linked = format == MapFormat::svg && relief == SvgRelief::external && map.relief;
    if (linked && is_standard_output(path))
        throw UsageError("--svg-relief external needs an output file, not '-'");
    PendingOutput out(path);  // an unwritable output fails before drawing
    if (format == MapFormat::png) {
        out.write(png_bytes(map, style, transparent));
    } else if (format == MapFormat::pdf) {
        out.write(pdf_bytes(map, style, path, transparent));
    } else if (!linked) {
        out.write(svg_file(map, style, transparent, "").svg);
    } else {
        const std::string relief_path = svg_relief_path(path);
        PendingOutput relief_out(relief_path);
        const std::string href = std::filesystem::path(relief_path).filename().string();
        const SvgFile file = svg_file(map, style, transparent, href);
        relief_out.write(std::string(file.relief_png.begin(), file.relief_png.end()));
        out.write(file.svg);
    }
}

void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent,
               MapFormat format) {
    write_map(map, style, path, transparent, format, SvgRelief::embedded);
}

void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent) {
    write_map(map, style, path, transparent, format_of(path));
}

}  // namespace cm
