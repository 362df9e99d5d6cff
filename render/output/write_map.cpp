#include "render/output/write_map.hpp"

#include <algorithm>
#include <filesystem>
#include <thread>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "geodata/io/atomic_file.hpp"
#include "geodata/model/error.hpp"
#include "render/canvas/cairo_handles.hpp"
#include "render/output/png_encoder.hpp"
#include "render/output/raster.hpp"
#include "render/scene/draw.hpp"

namespace cm {
namespace {

/// A fixed date keeps PDFs byte-identical from run to run.
constexpr const char* kPdfDate = "2000-01-01T00:00:00Z";

/// Draws into @p path; errors name @p shown_path, the file the user asked for.
void write_vector(const PageMap& map, const Style& style, const std::string& path,
                  const std::string& shown_path, MapFormat format, bool transparent) {
    const double w = map.page.width_pt, h = map.page.height_pt;
    Surface surface =
        checked(format == MapFormat::pdf ? cairo_pdf_surface_create(path.c_str(), w, h)
                                         : cairo_svg_surface_create(path.c_str(), w, h),
                shown_path);
    if (format == MapFormat::pdf) {
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, kPdfDate);
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_MOD_DATE, kPdfDate);
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                       map.scene.title.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "campaignmap");
    } else {
        cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PT);
    }
    {
        Context cr = make_context(surface.get());
        draw_map(cr.get(), map, style, transparent);
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw OutputError(shown_path, cairo_status_to_string(cairo_surface_status(surface.get())));
}

/// How many threads draw and compress a PNG page: one per core (up to 8). The image and its
/// bytes are the same for any count (raster.hpp, png_encoder.hpp).
int page_threads() {
    return static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

}  // namespace

MapFormat format_of(const std::string& path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    if (ext == ".svg")
        return MapFormat::svg;
    if (ext == ".pdf")
        return MapFormat::pdf;
    if (ext == ".png")
        return MapFormat::png;
    throw OutputError(path, "unknown output format '" + ext + "' (expected .svg, .pdf or .png)");
}

void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent) {
    const MapFormat format = format_of(path);
    AtomicFile file(path);
    if (format == MapFormat::png) {
        const int threads = page_threads();
        const RasterImage image = render_raster(map, style, transparent, threads);
        write_png(image, file.temp_path(), path, !transparent, threads);
    } else {
        write_vector(map, style, file.temp_path(), path, format, transparent);
    }
    file.commit();
}

}  // namespace cm
