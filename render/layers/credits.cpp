#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

namespace {

/// @returns the credits line: basemap sources, the gazetteer, the articles drawn from.
std::string credits_text(const PageMap& map) {
    std::string text;
    auto add = [&](const std::string& part) { text += (text.empty() ? "" : " \u00b7 ") + part; };
    if (map.relief)
        add("Relief: ETOPO5 (NOAA NGDC)");
    for (const std::string& c : map.basemap_credits)
        add(c);
    add("Places: campaignmap gazetteer");
    if (!map.scene.sources.empty()) {
        std::string articles;
        for (const std::string& s : map.scene.sources)
            articles += (articles.empty() ? "" : ", ") + s;
        add("History: " + articles);
    }
    add("Projection: " + map.projection);
    return text;
}

}  // namespace

void draw_credits(cairo_t* cr, const PageMap& map, const Style& style) {
    const std::string text = credits_text(map);
    const PageBox& f = map.frame.map_box;
    draw_text(cr, style.fonts.credits, text, {f.x0, f.y1 + 2.0}, false);
}

}  // namespace cm
