#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

/// The border is stroked inside the territory only (clip + double width), so neighbours'
/// borders lie side by side instead of on top of each other.
void draw_border(Canvas& cr, const PageArea& t, const Style& style, const Colour& colour) {
    const TerritoryStyle& s = style.territories;
    cr.save();
    trace_shape(cr, t.shape);
    cr.clip();
    trace_shape(cr, t.shape);
    set_colour(cr, darken(colour, s.border_darken));
    cr.set_line_width(2.0 * s.border_pt);
    cr.set_line_join(LineJoin::round);
    if (t.certainty == Certainty::uncertain) {
        const double dash = s.uncertain_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.6};
        cr.set_dash(pattern, 2, 0.0);
    }
    cr.stroke();
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
    for (const PageArea& t : map.territories) {
        cr.set_feature({"polity", t.id});
        draw_border(cr, t, style, polity_colour(style, t.colour_key));
    }
}

}  // namespace cm
