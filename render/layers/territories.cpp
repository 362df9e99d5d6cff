#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

/// A border's colour: the two holders' colours mixed (the one holder's beside unheld land),
/// darkened as the style says.
Colour border_colour(const PageBorder& b, const Style& style) {
    const Colour l =
        polity_colour(style, b.left_colour_key.empty() ? b.right_colour_key : b.left_colour_key);
    const Colour r =
        polity_colour(style, b.right_colour_key.empty() ? b.left_colour_key : b.right_colour_key);
    const Colour mixed{(l.r + r.r) / 2, (l.g + r.g) / 2, (l.b + r.b) / 2, 1.0};
    return darken(mixed, style.territories.border_darken);
}

/// Each border segment once, centred on its line, solid or dashed by its own certainty.
void draw_borders(cairo_t* cr, const std::vector<PageBorder>& borders, const Style& style) {
    const TerritoryStyle& s = style.territories;
    cairo_save(cr);
    cairo_set_line_width(cr, s.border_pt);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    for (const PageBorder& b : borders) {
        set_colour(cr, border_colour(b, style));
        const double dash = s.uncertain_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.6};
        cairo_set_dash(cr, pattern, b.certainty == Certainty::uncertain ? 2 : 0, 0.0);
        for (const auto& line : b.lines)
            trace_line(cr, line);
        cairo_stroke(cr);
    }
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
    draw_borders(cr, map.borders, style);
}

}  // namespace cm
