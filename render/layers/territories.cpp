#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

/// The border is stroked inside the territory only (clip + double width), so neighbours'
/// borders lie side by side instead of on top of each other.
void draw_border(cairo_t* cr, const PageArea& t, const Style& style, const Colour& colour) {
    const TerritoryStyle& s = style.territories;
    cairo_save(cr);
    trace_shape(cr, t.shape);
    cairo_clip(cr);
    trace_shape(cr, t.shape);
    set_colour(cr, darken(colour, s.border_darken));
    cairo_set_line_width(cr, 2.0 * s.border_pt);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (t.certainty != Certainty::exact) {
        const double dash = s.uncertain_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.6};
        cairo_set_dash(cr, pattern, 2, 0.0);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

}  // namespace

void draw_territories(cairo_t* cr, const PageMap& map, const Style& style) {
    for (const PageArea& t : map.territories) {
        const Colour colour = polity_colour(style, t.colour_key);
        trace_shape(cr, t.shape);
        set_colour(cr, colour, style.territories.fill_opacity);
        cairo_fill(cr);
    }
    for (const PageArea& t : map.territories)
        draw_border(cr, t, style, polity_colour(style, t.colour_key));
}

}  // namespace cm
