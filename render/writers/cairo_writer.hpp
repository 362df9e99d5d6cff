#pragma once

// The Cairo writer: draws a DisplayList on a Cairo context (an image band, a PDF page), item
// by item, as the layers once drew it themselves.

#include <cairo.h>

#include "render/display/display_list.hpp"

namespace cm {

/// Draws @p list on @p cr in page points (scale @p cr for a raster first). Touches nothing
/// but @p cr, so several threads may draw one list at once, each on its own context.
void draw_display_list(cairo_t* cr, const DisplayList& list);

/// Draws @p image over @p box (cairo_image.cpp): pixel for pixel when it has the box's size
/// in device pixels, else resampled.
void draw_image(cairo_t* cr, const RasterImage& image, const PageBox& box);

/// Draws @p run (cairo_text.cpp): its halo, then its fill.
void draw_text_run(cairo_t* cr, const TextRun& run);

/// Adds @p path to the current path of @p cr.
void trace_path(cairo_t* cr, const Path& path);

}  // namespace cm
