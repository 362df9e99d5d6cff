#include <cmath>
#include <string>
#include <vector>

#include "render/display/paint.hpp"
#include "render/language/words.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

std::string degree_label(double degrees, bool meridian) {
    // A map across the antimeridian runs its meridians on past 180: 190 is 170°W.
    if (meridian && degrees > 180.0)
        degrees -= 360.0;
    if (meridian && degrees < -180.0)
        degrees += 360.0;
    const long d = std::lround(std::abs(degrees));
    if (d == 0)
        return "0\u00b0";
    // TRANSLATORS: %s is a number of degrees with its sign (70°): 70°E.
    const std::string hemisphere =
        meridian ? (degrees < 0 ? tr("%sW") : tr("%sE")) : (degrees < 0 ? tr("%sS") : tr("%sN"));
    return fill_pattern(hemisphere, std::to_string(d) + "\u00b0");
}

/// Where a graticule line leaves the frame through its top (meridians) or left (parallels).
bool edge_crossing(const GraticuleLine& g, const PageBox& box, PagePt& at) {
    for (std::size_t i = 1; i < g.line.size(); ++i) {
        const PagePt a = g.line[i - 1], b = g.line[i];
        const double edge = g.meridian ? box.y0 : box.x0;
        const double va = g.meridian ? a.y : a.x, vb = g.meridian ? b.y : b.x;
        if ((va - edge) * (vb - edge) > 0 || va == vb)
            continue;
        const double t = (edge - va) / (vb - va);
        at = {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
        return g.meridian ? (at.x > box.x0 && at.x < box.x1) : (at.y > box.y0 && at.y < box.y1);
    }
    return false;
}

/// Where a degree label goes: its box on the page, and whether it runs up along the frame.
struct LabelSpot {
    PageBox box;
    bool upright = true;
};

LabelSpot spot_of(const GraticuleLine& g, PagePt at, const PageBox& frame, TextSize size) {
    if (g.meridian)
        return {{at.x - size.width_pt / 2, frame.y0 - size.height_pt - 1, at.x + size.width_pt / 2,
                 frame.y0 - 1},
                true};
    if (frame.x0 - size.width_pt - 2 >= 0.0)
        return {{frame.x0 - size.width_pt - 2, at.y - size.height_pt / 2, frame.x0 - 2,
                 at.y + size.height_pt / 2},
                true};
    return {{frame.x0 - size.height_pt - 1, at.y - size.width_pt / 2, frame.x0 - 1,
             at.y + size.width_pt / 2},
            false};
}

bool overlaps_any(const std::vector<PageBox>& drawn, const PageBox& box) {
    for (const PageBox& b : drawn)
        if (b.intersects(box))
            return true;
    return false;
}

}  // namespace

void draw_graticule(Canvas& cr, const PageMap& map, const Style& style) {
    set_colour(cr, style.furniture.graticule);
    cr.set_line_width(style.furniture.graticule_pt);
    for (const GraticuleLine& g : map.graticule)
        trace_line(cr, g.line);
    cr.stroke();
}

/// Degree labels outside the frame: meridians above it, parallels to its left. A parallel's
/// label too wide for a narrow left margin (slides) runs up along the frame instead, as in
/// many atlases, rather than off the page. A label that would overlap one already drawn
/// (meridians converging near a pole) is left out.
void draw_graticule_labels(Canvas& cr, const PageMap& map, const Style& style) {
    const LabelFont& font = style.fonts.graticule;
    const PageBox& frame = map.frame.map_box;
    std::vector<PageBox> drawn;
    for (const GraticuleLine& g : map.graticule) {
        PagePt at;
        if (!edge_crossing(g, frame, at))
            continue;
        const std::string text = degree_label(g.degrees, g.meridian);
        const LabelSpot spot = spot_of(g, at, frame, measure_text(cr, font, text));
        const double gap = 0.3 * font.size_pt;
        if (overlaps_any(drawn, {spot.box.x0 - gap, spot.box.y0, spot.box.x1 + gap, spot.box.y1}))
            continue;
        drawn.push_back(spot.box);
        if (spot.upright) {
            draw_text(cr, font, text, {spot.box.x0, spot.box.y0}, false);
        } else {
            cr.save();
            cr.translate(spot.box.x0, spot.box.y1);
            cr.rotate(-M_PI / 2);
            draw_text(cr, font, text, {0.0, 0.0}, false);
            cr.restore();
        }
    }
}

}  // namespace cm
