#include "render/compose/compose_page.hpp"

#include "render/layers/layers.hpp"

namespace cm {
namespace {

using LayerFn = void (*)(Canvas&, const PageMap&, const Style&);

/// A layer as an editor sees it: its id, its name, and the function that draws it.
struct Layer {
    const char* id;
    const char* label;
    LayerFn draw;
};

/// Inside the frame, bottom to top. Rivers go under the lakes, which hide Natural Earth's lines
/// through them (a lake's centre line, or a river across a lake drawn at its natural extent).
constexpr Layer kMapLayers[] = {
    {"relief", "Relief", draw_relief},
    {"land", "Land", draw_land},
    {"territories", "Territories", draw_territories},
    {"changes", "Changed hands", draw_changes},
    {"rivers", "Rivers", draw_rivers},
    {"lakes", "Lakes", draw_lakes},
    {"graticule", "Graticule", draw_graticule},
    {"routes", "Campaign routes", draw_routes},
    {"events", "Events", draw_events},
    {"settlements", "Settlements", draw_settlements},
    {"labels", "Labels", draw_map_labels},
};

/// Around and over the frame.
constexpr Layer kFurniture[] = {
    {"frame", "Frame", draw_frame},
    {"graticule-labels", "Graticule labels", draw_graticule_labels},
    {"legend", "Legend", draw_legend},
    {"event-list", "Event list", draw_event_list},
    {"scale-bar", "Scale bar", draw_scale_bar},
    {"locator", "Locator", draw_locator},
    {"title", "Title", draw_title},
    {"credits", "Credits", draw_credits},
};

/// One top-level group per layer; a map layer's drawing is clipped to the frame inside it.
void draw_layer(Canvas& cr, const Layer& layer, const PageMap& map, const Style& style,
                bool clipped) {
    cr.begin_layer(layer.id, layer.label);
    if (clipped) {
        const PageBox& b = map.frame.map_box;
        cr.rectangle(b.x0, b.y0, b.width(), b.height());
        cr.clip();
    }
    layer.draw(cr, map, style);
    cr.end_layer();
}

}  // namespace

DisplayList compose_page(const PageMap& map, const Style& style, bool transparent,
                         cairo_t* measure) {
    Canvas cr(map.page.width_pt, map.page.height_pt, measure);
    cr.begin_layer("background", "Background");
    draw_background(cr, map, style, transparent);
    cr.end_layer();
    for (const Layer& layer : kMapLayers)
        draw_layer(cr, layer, map, style, true);
    for (const Layer& layer : kFurniture)
        draw_layer(cr, layer, map, style, false);
    DisplayList list = cr.finish();
    list.title = map.scene.title;
    return list;
}

}  // namespace cm
