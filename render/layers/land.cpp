#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// Without relief land is filled; with relief the tint already shows it, so only the coast.
void draw_land(cairo_t* cr, const PageMap& map, const Style& style) {
    if (map.land.rings.empty())
        return;
    const bool relief = map.relief != nullptr;
    trace_shape(cr, map.land);
    if (!relief) {
        set_colour(cr, style.basemap.land);
        cairo_fill_preserve(cr);
    }
    set_colour(cr, style.basemap.coast);
    cairo_set_line_width(cr, style.basemap.coast_pt);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
}

}  // namespace cm
