#include <cmath>

#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// A dot per settlement; those named by events or routes a little larger.
void draw_settlements(Canvas& cr, const PageMap& map, const Style& style) {
    const SymbolStyle& s = style.symbols;
    for (const PagePlace& place : map.settlements) {
        const double r = s.settlement_mm * kPtPerMm / 2.0 * (place.involved ? 1.25 : 1.0);
        cr.set_feature({"place", place.id});
        cr.new_sub_path();
        cr.arc(place.at.x, place.at.y, r, 0, 2 * M_PI);
        set_colour(cr, s.settlement);
        cr.fill_preserve();
        set_colour(cr, s.settlement_outline);
        cr.set_line_width(0.5);
        cr.stroke();
    }
}

}  // namespace cm
