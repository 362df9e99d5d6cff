#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// A small overview at the top-right of the frame: the surrounding land and the map's frame.
void draw_locator(cairo_t* cr, const PageMap& map, const Style& style) {
    const PageBox& b = map.locator_box;
    if (!style.furniture.locator || b.width() <= 0)
        return;
    cairo_save(cr);
    cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.basemap.sea);
    cairo_fill_preserve(cr);
    cairo_clip(cr);
    for (const PageShape& land : map.locator_land) {
        trace_shape(cr, land);
        set_colour(cr, style.basemap.land);
        cairo_fill(cr);
    }
    trace_shape(cr, map.locator_extent);
    set_colour(cr, style.territories.change);
    cairo_set_line_width(cr, 1.2);
    cairo_stroke(cr);
    cairo_restore(cr);
    cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.furniture.box_outline);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
}

}  // namespace cm
