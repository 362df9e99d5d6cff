#include "render/layers/locator.hpp"

#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

PageBox locator_box_of(const PageBox& map_box, const Style& style) {
    const double side = style.furniture.locator_mm * kPtPerMm, pad = 2.0 * kPtPerMm;
    return {map_box.x1 - pad - side, map_box.y0 + pad, map_box.x1 - pad,
            map_box.y0 + pad + side * 0.8};
}

/// A small overview at the top-right of the frame: the surrounding land and the map's frame.
void draw_locator(Canvas& cr, const PageMap& map, const Style& style) {
    const PageBox& b = map.locator_box;
    if (!style.furniture.locator || b.width() <= 0)
        return;
    cr.save();
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.basemap.sea);
    cr.fill_preserve();
    cr.clip();
    for (const PageShape& land : map.locator_land) {
        trace_shape(cr, land);
        set_colour(cr, style.basemap.land);
        cr.fill();
    }
    trace_shape(cr, map.locator_extent);
    set_colour(cr, style.territories.change);
    cr.set_line_width(1.2);
    cr.stroke();
    cr.restore();
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.furniture.box_outline);
    cr.set_line_width(0.6);
    cr.stroke();
}

}  // namespace cm
