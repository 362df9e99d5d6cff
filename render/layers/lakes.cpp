#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

void fill_water(cairo_t* cr, const PageShape& shape, const Style& style) {
    if (shape.rings.empty())
        return;
    trace_shape(cr, shape);
    set_colour(cr, style.basemap.lake);
    cairo_fill_preserve(cr);
    set_colour(cr, style.basemap.lake_outline);
    cairo_set_line_width(cr, style.basemap.lake_outline_pt);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
}

}  // namespace

void draw_lakes(cairo_t* cr, const PageMap& map, const Style& style) {
    fill_water(cr, map.lakes, style);
    for (const PageArea& water : map.water)
        if (!water.label_only)
            fill_water(cr, water.shape, style);
}

}  // namespace cm
