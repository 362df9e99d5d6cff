#include "render/scene/draw.hpp"

#include "render/layers/layers.hpp"

namespace cm {
namespace {

using LayerFn = void (*)(cairo_t*, const PageMap&, const Style&);

/// Inside the frame, bottom to top. Rivers go under the lakes, which hide Natural Earth's lines
/// through them (a lake's centre line, or a river across a lake drawn at its natural extent).
constexpr LayerFn kMapLayers[] = {draw_relief, draw_land,        draw_territories, draw_changes,
                                  draw_rivers, draw_lakes,       draw_graticule,   draw_routes,
                                  draw_events, draw_settlements, draw_map_labels};

/// Around and over the frame.
constexpr LayerFn kFurniture[] = {draw_frame,     draw_graticule_labels, draw_legend,
                                  draw_scale_bar, draw_locator,          draw_title,
                                  draw_credits};

}  // namespace

void draw_map(cairo_t* cr, const PageMap& map, const Style& style, bool transparent) {
    draw_background(cr, map, style, transparent);
    const PageBox& b = map.frame.map_box;
    cairo_save(cr);
    cairo_rectangle(cr, b.x0, b.y0, b.width(), b.height());
    cairo_clip(cr);
    for (LayerFn layer : kMapLayers) {
        cairo_save(cr);
        layer(cr, map, style);
        cairo_restore(cr);
    }
    cairo_restore(cr);
    for (LayerFn layer : kFurniture) {
        cairo_save(cr);
        layer(cr, map, style);
        cairo_restore(cr);
    }
}

}  // namespace cm
