#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

void draw_frame(Canvas& cr, const PageMap& map, const Style& style) {
    const PageBox& b = map.frame.map_box;
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.page.frame);
    cr.set_line_width(style.page.frame_pt);
    cr.stroke();
}

}  // namespace cm
