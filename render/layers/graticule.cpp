#include <cmath>
#include <string>

#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

std::string degree_label(double degrees, bool meridian) {
    const long d = std::lround(std::abs(degrees));
    const char* hemisphere = meridian ? (degrees < 0 ? "W" : "E") : (degrees < 0 ? "S" : "N");
    return std::to_string(d) + "\u00b0" + (d == 0 ? "" : hemisphere);
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

}  // namespace

void draw_graticule(cairo_t* cr, const PageMap& map, const Style& style) {
    set_colour(cr, style.furniture.graticule);
    cairo_set_line_width(cr, style.furniture.graticule_pt);
    for (const GraticuleLine& g : map.graticule)
        trace_line(cr, g.line);
    cairo_stroke(cr);
}

/// Degree labels outside the frame: meridians above it, parallels to its left. A parallel's
/// label too wide for a narrow left margin (slides) runs up along the frame instead, as in
/// many atlases, rather than off the page.
void draw_graticule_labels(cairo_t* cr, const PageMap& map, const Style& style) {
    const LabelFont& font = style.fonts.graticule;
    const PageBox& box = map.frame.map_box;
    for (const GraticuleLine& g : map.graticule) {
        PagePt at;
        if (!edge_crossing(g, box, at))
            continue;
        const std::string text = degree_label(g.degrees, g.meridian);
        const TextSize size = measure_text(cr, font, text);
        if (g.meridian) {
            draw_text(cr, font, text, {at.x - size.width_pt / 2, box.y0 - size.height_pt - 1},
                      false);
        } else if (box.x0 - size.width_pt - 2 >= 0.0) {
            draw_text(cr, font, text, {box.x0 - size.width_pt - 2, at.y - size.height_pt / 2},
                      false);
        } else {
            cairo_save(cr);
            cairo_translate(cr, box.x0 - size.height_pt - 1, at.y + size.width_pt / 2);
            cairo_rotate(cr, -M_PI / 2);
            draw_text(cr, font, text, {0.0, 0.0}, false);
            cairo_restore(cr);
        }
    }
}

}  // namespace cm
