#include "render/canvas/paint.hpp"
#include "render/language/words.hpp"
#include "render/layers/layers.hpp"

namespace cm {

namespace {

/// A reader's name for the PROJ definition: its +proj= method, or the definition itself.
std::string projection_name(const std::string& definition) {
    const auto at = definition.find("+proj=");
    if (at == std::string::npos)
        return definition;
    const std::string method = definition.substr(at + 6, definition.find(' ', at) - at - 6);
    if (method == "aea")
        return tr("Albers equal-area conic");
    if (method == "lcc")
        return tr("Lambert conformal conic");
    if (method == "eqdc")
        return tr("equidistant conic");
    if (method == "merc")
        return tr("Mercator");
    return method;
}

/// @returns the credits line: basemap sources, the gazetteer, the articles drawn from.
std::string credits_text(const PageMap& map) {
    std::string text;
    auto add = [&](const std::string& part) { text += (text.empty() ? "" : " \u00b7 ") + part; };
    if (map.relief)
        add(tr("Relief: ETOPO5 (NOAA NGDC)"));
    for (const std::string& c : map.basemap_credits)
        add(c);
    add(tr("Places: campaignmap gazetteer"));
    if (!map.scene.sources.empty()) {
        std::string articles;
        for (const std::string& s : map.scene.sources)
            articles += (articles.empty() ? "" : ", ") + s;
        add(fill_pattern(tr("History: %s"), articles));
    }
    add(fill_pattern(tr("Projection: %s"), projection_name(map.projection)));
    return text;
}

}  // namespace

void draw_credits(Canvas& cr, const PageMap& map, const Style& style) {
    const std::string text = credits_text(map);
    const PageBox& f = map.frame.map_box;
    draw_text(cr, style.fonts.credits, text, {f.x0, f.y1 + 2.0}, false);
}

}  // namespace cm
