#include "render/compose/compose_page.hpp"

#include <optional>
#include <string>

#include "render/layers/layers.hpp"

namespace cm {
namespace {

using LayerFn = void (*)(Canvas&, const PageMap&, const Style&);

/// A layer as an editor sees it: its id, its name, and the function that draws it; whether
/// it changes from frame to frame of an animation.
struct Layer {
    const char* id;
    const char* label;
    LayerFn draw;
    bool changing = false;
};

/// Inside the frame, bottom to top. Rivers go under the lakes, which hide Natural Earth's lines
/// through them (a lake's centre line, or a river across a lake drawn at its natural extent).
constexpr Layer kMapLayers[] = {
    {"relief", "Relief", draw_relief},
    {"land", "Land", draw_land},
    {"territories", "Territories", draw_territories, true},
    {"changes", "Changed hands", draw_changes, true},
    {"rivers", "Rivers", draw_rivers},
    {"lakes", "Lakes", draw_lakes},
    {"graticule", "Graticule", draw_graticule},
    {"routes", "Campaign routes", draw_routes, true},
    {"events", "Events", draw_events, true},
    {"settlements", "Settlements", draw_settlements},
    {"labels", "Labels", draw_map_labels, true},
};

/// Around and over the frame.
constexpr Layer kFurniture[] = {
    {"frame", "Frame", draw_frame},
    {"graticule-labels", "Graticule labels", draw_graticule_labels},
    {"legend", "Legend", draw_legend},
    {"event-list", "Event list", draw_event_list, true},
    {"scale-bar", "Scale bar", draw_scale_bar},
    {"locator", "Locator", draw_locator},
    {"title", "Title", draw_title, true},
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

bool in_part(const Layer& layer, std::optional<LayerPart> part) {
    return !part || layer.changing == (*part == LayerPart::changing);
}

/// The layers of @p part (all of them when none), bottom to top.
DisplayList compose(const PageMap& map, const Style& style, bool transparent, cairo_t* measure,
                    std::optional<LayerPart> part) {
    Canvas cr(map.page.width_pt, map.page.height_pt, measure);
    if (!part || *part == LayerPart::still) {
        cr.begin_layer("background", "Background");
        draw_background(cr, map, style, transparent);
        cr.end_layer();
    }
    for (const Layer& layer : kMapLayers)
        if (in_part(layer, part))
            draw_layer(cr, layer, map, style, true);
    for (const Layer& layer : kFurniture)
        if (in_part(layer, part))
            draw_layer(cr, layer, map, style, false);
    DisplayList list = cr.finish();
    list.title = map.scene.title;
    return list;
}

}  // namespace

DisplayList compose_page(const PageMap& map, const Style& style, bool transparent,
                         cairo_t* measure) {
    return compose(map, style, transparent, measure, std::nullopt);
}

DisplayList compose_layers(const PageMap& map, const Style& style, bool transparent,
                           cairo_t* measure, LayerPart part) {
    return compose(map, style, transparent, measure, part);
}

bool lies_under_changing_layers(const std::string& id) {
    if (id == "background")
        return true;
    for (const Layer& layer : kMapLayers) {
        if (layer.changing)
            return false;
        if (id == layer.id)
            return true;
    }
    return false;
}

std::vector<std::shared_ptr<const Group>> shared_layers(DisplayList still) {
    std::vector<std::shared_ptr<const Group>> out;
    for (Item& item : still.root.items)
        if (auto* group = std::get_if<std::unique_ptr<Group>>(&item))
            out.push_back(std::move(*group));
    return out;
}

DisplayList join_layers(DisplayList changing,
                        const std::vector<std::shared_ptr<const Group>>& still) {
    std::vector<Item> own = std::move(changing.root.items);
    changing.root.items.clear();
    const auto take = [&](const std::string& id) {
        for (Item& item : own)
            if (const Group* g = group_in(item); g && g->id == id) {
                changing.root.items.push_back(std::move(item));
                return;
            }
        for (const std::shared_ptr<const Group>& g : still)
            if (g->id == id) {
                changing.root.items.emplace_back(g);
                return;
            }
    };
    take("background");
    for (const Layer& layer : kMapLayers)
        take(layer.id);
    for (const Layer& layer : kFurniture)
        take(layer.id);
    return changing;
}

}  // namespace cm
