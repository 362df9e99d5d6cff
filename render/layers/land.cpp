#include <cmath>

#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

/// Clips away a band of @p half_pt either side of each seam (everything else stays).
void clip_out_seams(cairo_t* cr, const std::vector<std::vector<PagePt>>& seams, double half_pt) {
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
    cairo_clip_extents(cr, &x0, &y0, &x1, &y1);
    cairo_new_path(cr);
    cairo_rectangle(cr, x0, y0, x1 - x0, y1 - y0);
    for (const std::vector<PagePt>& seam : seams) {
        for (std::size_t i = 1; i < seam.size(); ++i) {
            const PagePt a = seam[i - 1], b = seam[i];
            const double length = std::hypot(b.x - a.x, b.y - a.y);
            if (length == 0.0)
                continue;
            const double nx = -(b.y - a.y) / length * half_pt, ny = (b.x - a.x) / length * half_pt;
            cairo_move_to(cr, a.x + nx, a.y + ny);
            cairo_line_to(cr, b.x + nx, b.y + ny);
            cairo_line_to(cr, b.x - nx, b.y - ny);
            cairo_line_to(cr, a.x - nx, a.y - ny);
            cairo_close_path(cr);
        }
    }
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    cairo_clip(cr);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
}

/// The map box less the land, in the relief's water colour: the basemap's shoreline, not the
/// relief's own (ETOPO5 puts parts of the shallow northern Caspian above its water level),
/// says where the sea is, so a sea is drawn once, in one colour.
void fill_sea(cairo_t* cr, const PageMap& map, const Colour& water) {
    const PageBox& b = map.frame.map_box;
    cairo_new_path(cr);
    cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    trace_shape(cr, map.land);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    set_colour(cr, water);
    cairo_fill(cr);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
}

}  // namespace

/// Without relief land is filled; with relief the tint already shows it, so only the sea and
/// the coast.
/// Land cut at the antimeridian (a map across it) gets no coast along the cut.
void draw_land(cairo_t* cr, const PageMap& map, const Style& style) {
    if (map.land.rings.empty())
        return;
    if (map.relief == nullptr) {
        trace_shape(cr, map.land);
        set_colour(cr, style.basemap.land);
        cairo_fill(cr);
    } else {
        fill_sea(cr, map, style.relief.shading.water);
    }
    cairo_save(cr);
    if (!map.seams.empty())
        clip_out_seams(cr, map.seams, style.basemap.coast_pt);
    trace_shape(cr, map.land);
    set_colour(cr, style.basemap.coast);
    cairo_set_line_width(cr, style.basemap.coast_pt);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
    cairo_restore(cr);
}

}  // namespace cm
