#include "render/display/paint.hpp"
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
void draw_borders(Canvas& cr, const std::vector<PageBorder>& borders, const Style& style) {
    const TerritoryStyle& s = style.territories;
    cr.save();
    cr.set_line_width(s.border_pt);
    cr.set_line_join(LineJoin::round);
    cr.set_line_cap(LineCap::round);
    for (const PageBorder& b : borders) {
        cr.set_feature({"border", b.id});
        set_colour(cr, border_colour(b, style));
        const double dash = s.uncertain_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.6};
        cr.set_dash(pattern, b.certainty == Certainty::uncertain ? 2 : 0, 0.0);
        for (const auto& line : b.lines)
            trace_line(cr, line);
        cr.stroke();
    }
    cr.restore();
}

void fill(Canvas& cr, const std::vector<PageArea>& territories, const Style& style, double share) {
    for (const PageArea& t : territories) {
        cr.set_feature({"polity", t.id});
        trace_shape(cr, t.shape);
        set_colour(cr, polity_colour(style, t.colour_key), style.territories.fill_opacity * share);
        cr.fill();
    }
}

}  // namespace

/// Fills first, borders over them; during a transition the old state fades out under the new.
void draw_territories(Canvas& cr, const PageMap& map, const Style& style) {
    const double fade = map.territory_fade;
    if (fade < 1.0)
        fill(cr, map.previous_territories, style, 1.0 - fade);
    fill(cr, map.territories, style, fade);
    draw_borders(cr, map.borders, style);
}

}  // namespace cm
