#include <cmath>

#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// A dot per settlement; those named by events or routes a little larger.
void draw_settlements(cairo_t* cr, const PageMap& map, const Style& style) {
    const SymbolStyle& s = style.symbols;
    for (const PagePlace& place : map.settlements) {
        const double r = s.settlement_mm * kPtPerMm / 2.0 * (place.involved ? 1.25 : 1.0);
        cairo_new_sub_path(cr);
        cairo_arc(cr, place.at.x, place.at.y, r, 0, 2 * M_PI);
        set_colour(cr, s.settlement);
        cairo_fill_preserve(cr);
        set_colour(cr, s.settlement_outline);
        cairo_set_line_width(cr, 0.5);
        cairo_stroke(cr);
    }
}

}  // namespace cm
