#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

void draw_background(cairo_t* cr, const PageMap& map, const Style& style, bool transparent) {
    if (!transparent) {
        set_colour(cr, style.page.paper);
        cairo_paint(cr);
    }
    const PageBox& b = map.frame.map_box;
    cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.basemap.sea);
    cairo_fill(cr);
}

}  // namespace cm
