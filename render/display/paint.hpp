#pragma once

// Small drawing steps shared by the layers: set a colour, trace page polylines and rings,
// set text in a font. Everything is in page points, drawn on the Canvas that records the
// display list.

#include <string>
#include <vector>

#include <cairo.h>

#include "render/canvas/colour.hpp"
#include "render/display/canvas.hpp"
#include "render/labels/label.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

void set_colour(Canvas& cr, const Colour& c);
void set_colour(Canvas& cr, const Colour& c, double opacity);
/// Appends an open polyline to the current path.
void trace_line(Canvas& cr, const std::vector<PagePt>& line);
/// Appends every ring of @p shape, closed, and selects the even-odd rule.
void trace_shape(Canvas& cr, const PageShape& shape);

/// The ink box of @p text set in @p font with its top-left corner at the origin.
struct TextSize {
    double width_pt = 0.0;
    double height_pt = 0.0;
    double baseline_pt = 0.0;  ///< from the top of the logical box to the baseline
};
TextSize measure_text(cairo_t* cr, const LabelFont& font, const std::string& text);
TextSize measure_text(const Canvas& cr, const LabelFont& font, const std::string& text);
/// Draws @p text with the top-left of its logical box at @p at (halo first when the font has
/// one). @p with_halo = false draws the fill only.
void draw_text(Canvas& cr, const LabelFont& font, const std::string& text, PagePt at,
               bool with_halo = true);

}  // namespace cm
