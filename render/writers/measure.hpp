#pragma once

// The context text is measured on while a page is composed: of the kind the page will be
// drawn on, so that the measures (hinted metrics on an image at its scale, unhinted in a PDF)
// are those of the drawing.

#include "render/canvas/cairo_handles.hpp"

namespace cm {

/// Owns a small surface and a context on it; draws nothing.
class TextMeasure {
  public:
    /// For a raster page of @p px_per_pt pixels per point.
    static TextMeasure raster(double px_per_pt);
    /// For a vector page (PDF, SVG).
    static TextMeasure vector();

    cairo_t* get() const { return m_context.get(); }

  private:
    TextMeasure(Surface surface, double scale);
    Surface m_surface;
    Context m_context;
};

}  // namespace cm
