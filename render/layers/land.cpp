#include <cmath>

#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

/// Clips away a band of @p half_pt either side of each seam (everything else stays).
void clip_out_seams(Canvas& cr, const std::vector<std::vector<PagePt>>& seams, double half_pt) {
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
    cr.clip_extents(&x0, &y0, &x1, &y1);
    cr.new_path();
    cr.rectangle(x0, y0, x1 - x0, y1 - y0);
    for (const std::vector<PagePt>& seam : seams) {
        for (std::size_t i = 1; i < seam.size(); ++i) {
            const PagePt a = seam[i - 1], b = seam[i];
            const double length = std::hypot(b.x - a.x, b.y - a.y);
            if (length == 0.0)
                continue;
            const double nx = -(b.y - a.y) / length * half_pt, ny = (b.x - a.x) / length * half_pt;
            cr.move_to(a.x + nx, a.y + ny);
            cr.line_to(b.x + nx, b.y + ny);
            cr.line_to(b.x - nx, b.y - ny);
            cr.line_to(a.x - nx, a.y - ny);
            cr.close_path();
        }
    }
    cr.set_fill_rule(FillRule::even_odd);
    cr.clip();
    cr.set_fill_rule(FillRule::winding);
}

/// The map box less the land, in the relief's water colour: the basemap's shoreline, not the
/// relief's own (ETOPO5 puts parts of the shallow northern Caspian above its water level),
/// says where the sea is, so a sea is drawn once, in one colour.
void fill_sea(Canvas& cr, const PageMap& map, const Colour& water) {
    const PageBox& b = map.frame.map_box;
    cr.new_path();
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    trace_shape(cr, map.land);
    cr.set_fill_rule(FillRule::even_odd);
    set_colour(cr, water);
    cr.fill();
    cr.set_fill_rule(FillRule::winding);
}

}  // namespace

/// Without relief land is filled; with relief the tint already shows it, so only the sea and
/// the coast.
/// Land cut at the antimeridian (a map across it) gets no coast along the cut.
void draw_land(Canvas& cr, const PageMap& map, const Style& style) {
    if (map.land.rings.empty())
        return;
    cr.set_feature({"land", ""});
    if (map.relief == nullptr) {
        trace_shape(cr, map.land);
        set_colour(cr, style.basemap.land);
        cr.fill();
    } else {
        fill_sea(cr, map, style.relief.shading.water);
    }
    cr.save();
    if (!map.seams.empty())
        clip_out_seams(cr, map.seams, style.basemap.coast_pt);
    trace_shape(cr, map.land);
    set_colour(cr, style.basemap.coast);
    cr.set_line_width(style.basemap.coast_pt);
    cr.set_line_join(LineJoin::round);
    cr.stroke();
    cr.restore();
}

}  // namespace cm
