#include "render/layers/detail/legend_keys.hpp"

#include <cmath>

#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"
#include "render/layers/territory_tint.hpp"
#include "render/symbols/event_symbol.hpp"

namespace cm::detail {
namespace {

using Key = LegendEntry::Key;

/// A neutral line colour for keys that stand for every side at once.
Colour neutral_route(const Style& style) {
    return darken(style.territories.fallback, style.routes.darken);
}

void outline_box(Canvas& cr, const PageBox& b, const Colour& colour, double width_pt) {
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, colour);
    cr.set_line_width(width_pt);
    cr.stroke();
}

/// A polity's swatch is opaque, in the colour its fill shows on flat land, whatever lies under
/// the legend's box.
void draw_tint(Canvas& cr, const LegendEntry& e, const PageBox& b, const Style& style,
               bool relief) {
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, territory_flat_tint(style, e.colour_key, relief));
    cr.fill();
    const Colour border =
        darken(polity_colour(style, e.colour_key), style.territories.border_darken);
    outline_box(cr, b, border, 0.8);
}

/// The hatch of draw_changes (changes.cpp), in the swatch's box.
void draw_hatch(Canvas& cr, const PageBox& b, const Style& style) {
    cr.save();
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    cr.clip();
    stroke_change_hatch(cr, b, style);
    cr.restore();
    outline_box(cr, b, style.furniture.box_outline, 0.4);
}

void draw_line(Canvas& cr, const KeyBox& k, const Colour& colour, double width_pt,
               double dash_pt = 0.0, double gap_pt = 0.0) {
    const double pattern[] = {dash_pt, gap_pt};
    cr.set_dash(pattern, dash_pt > 0.0 ? 2 : 0, 0.0);
    cr.move_to(k.at.x, k.at.y);
    cr.line_to(k.at.x + k.width_pt, k.at.y);
    set_colour(cr, colour);
    cr.set_line_width(width_pt);
    cr.stroke();
    cr.set_dash(nullptr, 0, 0.0);
}

/// A border as draw_borders (territories.cpp) draws it: its width, dashed when uncertain.
void draw_border(Canvas& cr, const KeyBox& k, const Style& style, bool uncertain) {
    const TerritoryStyle& s = style.territories;
    const double dash = s.uncertain_dash_mm * kPtPerMm;
    cr.set_line_cap(LineCap::round);
    draw_line(cr, k, darken(s.fallback, s.border_darken), s.border_pt, uncertain ? dash : 0.0,
              dash * 0.6);
    cr.set_line_cap(LineCap::butt);
}

/// A route over its halo, in its side's colour (routes.cpp); retreats dashed, inferred
/// courses lighter.
void draw_route(Canvas& cr, const LegendEntry& e, const KeyBox& k, const Style& style) {
    const RouteStyle& s = style.routes;
    const Colour colour = e.key == Key::side ? darken(polity_colour(style, e.colour_key), s.darken)
                                             : neutral_route(style);
    const double dash = e.key == Key::retreat ? s.retreat_dash_mm * kPtPerMm : 0.0;
    draw_line(cr, k, s.halo, s.default_pt + 2.0 * s.halo_pt, dash, dash * 0.5);
    const double opacity = s.opacity * (e.key == Key::inferred ? s.inferred_opacity : 1.0);
    draw_line(cr, k, {colour.r, colour.g, colour.b, colour.a * opacity}, s.default_pt, dash,
              dash * 0.5);
}

/// A wedge from the thinnest route to the widest.
void draw_strength(Canvas& cr, const KeyBox& k, const Style& style) {
    const double w0 = style.routes.min_pt / 2, w1 = std::min(style.routes.max_pt, k.height_pt) / 2;
    cr.move_to(k.at.x, k.at.y - w0);
    cr.line_to(k.at.x + k.width_pt, k.at.y - w1);
    cr.line_to(k.at.x + k.width_pt, k.at.y + w1);
    cr.line_to(k.at.x, k.at.y + w0);
    cr.close_path();
    set_colour(cr, neutral_route(style), style.routes.opacity);
    cr.fill();
}

/// A settlement's dot (settlements.cpp).
void draw_town(Canvas& cr, const KeyBox& k, const Style& style) {
    const SymbolStyle& s = style.symbols;
    cr.new_sub_path();
    cr.arc(k.at.x + k.width_pt / 2, k.at.y, s.settlement_mm * kPtPerMm / 2.0, 0, 2 * M_PI);
    set_colour(cr, s.settlement);
    cr.fill_preserve();
    set_colour(cr, s.settlement_outline);
    cr.set_line_width(0.5);
    cr.stroke();
}

void draw_lake(Canvas& cr, const PageBox& b, const Style& style) {
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.basemap.lake);
    cr.fill_preserve();
    set_colour(cr, style.basemap.lake_outline);
    cr.set_line_width(style.basemap.lake_outline_pt);
    cr.stroke();
}

void draw_river(Canvas& cr, const KeyBox& k, const Style& style) {
    const auto& widths = style.basemap.river_widths_pt;
    cr.set_line_cap(LineCap::round);
    draw_line(cr, k, style.basemap.river, widths.empty() ? 1.0 : widths.front());
    cr.set_line_cap(LineCap::butt);
}

void draw_event(Canvas& cr, const LegendEntry& e, const KeyBox& k, const Style& style) {
    const SymbolStyle& s = style.symbols;
    draw_event_symbol(cr, e.event, {k.at.x + k.width_pt / 2, k.at.y}, s.event_mm * kPtPerMm,
                      {s.event, s.event_halo, s.event_line_pt});
}

}  // namespace

void draw_legend_key(Canvas& cr, const LegendEntry& e, const KeyBox& k, const Style& style,
                     bool relief) {
    switch (e.key) {
        case Key::polity:
        case Key::unknown:
            return draw_tint(cr, e, k.box(), style, relief);
        case Key::border:
        case Key::uncertain_border:
            return draw_border(cr, k, style, e.key == Key::uncertain_border);
        case Key::change:
            return draw_hatch(cr, k.box(), style);
        case Key::side:
        case Key::retreat:
        case Key::inferred:
            return draw_route(cr, e, k, style);
        case Key::strength:
            return draw_strength(cr, k, style);
        case Key::town:
            return draw_town(cr, k, style);
        case Key::river:
            return draw_river(cr, k, style);
        case Key::lake:
            return draw_lake(cr, k.box(), style);
        case Key::event:
            return draw_event(cr, e, k, style);
    }
}

}  // namespace cm::detail
