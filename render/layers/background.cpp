#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

void draw_background(Canvas& cr, const PageMap& map, const Style& style, bool transparent) {
    if (!transparent) {
        set_colour(cr, style.page.paper);
        cr.paint();
    }
    const PageBox& b = map.frame.map_box;
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.basemap.sea);
    cr.fill();
}

}  // namespace cm
