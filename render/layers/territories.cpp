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
    if (t.certainty == Certainty::uncertain) {
        const double dash = s.uncertain_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.6};
        cairo_set_dash(cr, pattern, 2, 0.0);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

void fill(cairo_t* cr, const std::vector<PageArea>& territories, const Style& style, double share) {
    for (const PageArea& t : territories) {
        trace_shape(cr, t.shape);
        set_colour(cr, polity_colour(style, t.colour_key), style.territories.fill_opacity * share);
        cairo_fill(cr);
    }
}

}  // namespace

/// Fills first, borders over them; during a transition the old state fades out under the new.
void draw_territories(cairo_t* cr, const PageMap& map, const Style& style) {
    const double fade = map.territory_fade;
    if (fade < 1.0)
        fill(cr, map.previous_territories, style, 1.0 - fade);
    fill(cr, map.territories, style, fade);
    for (const PageArea& t : map.territories)
        draw_border(cr, t, style, polity_colour(style, t.colour_key));
}

}  // namespace cm
