#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

void draw_frame(cairo_t* cr, const PageMap& map, const Style& style) {
    const PageBox& b = map.frame.map_box;
    cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.page.frame);
    cairo_set_line_width(cr, style.page.frame_pt);
    cairo_stroke(cr);
}

}  // namespace cm
