#include "render/writers/measure.hpp"

#include <cairo-pdf.h>

namespace cm {
namespace {

cairo_status_t discard(void* /*closure*/, const unsigned char* /*data*/, unsigned int /*length*/) {
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

TextMeasure::TextMeasure(Surface surface, double scale)
    : m_surface(std::move(surface)), m_context(make_context(m_surface.get())) {
    cairo_scale(m_context.get(), scale, scale);
}

TextMeasure TextMeasure::raster(double px_per_pt) {
    return TextMeasure(checked(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), "measure"),
                       px_per_pt);
}

TextMeasure TextMeasure::vector() {
    return TextMeasure(
        checked(cairo_pdf_surface_create_for_stream(discard, nullptr, 1.0, 1.0), "measure"), 1.0);
}

}  // namespace cm
