#include "render/layers/legend.hpp"

#include "render/display/paint.hpp"
#include "render/layers/detail/legend_keys.hpp"
#include "render/layers/layers.hpp"
#include "render/layers/legend_layout.hpp"

namespace cm {
namespace {

detail::KeyBox key_box(const PageLegend& legend, std::size_t index, const Style& style) {
    return {legend_key_at(legend, index, style), legend_key_pt(), legend_row_pt(style) * 0.6};
}

}  // namespace

std::vector<LegendEntry> legend_entries(const PageMap& map) {
    return map.legend ? map.legend->entries : legend_entries(drawn_content(map));
}

PageLegend page_legend(const PageMap& map, const Style& style) {
    if (map.legend)
        return *map.legend;
    return lay_out_legend(legend_entries(drawn_content(map)), map,
                          event_places(map, map.events, style), style);
}

PageLegend run_legend(const PageMap& base, const LegendContent& content,
                      const std::vector<PageEvent>& events, const Style& style) {
    return lay_out_legend(legend_entries(content), base, event_places(base, events, style), style);
}

PageBox legend_box(const PageMap& map, const Style& style) {
    return page_legend(map, style).box;
}

void draw_legend(Canvas& cr, const PageMap& map, const Style& page_style) {
    const PageLegend legend = page_legend(map, page_style);
    const Style style = legend_style(page_style, legend.scale);
    const PageBox& box = legend.box;
    if (box.width() <= 0)
        return;
    cr.rectangle(box.x0, box.y0, box.width(), box.height());
    set_colour(cr, style.furniture.box);
    cr.fill_preserve();
    set_colour(cr, style.furniture.box_outline);
    cr.set_line_width(0.5);
    cr.stroke();
    const bool relief = map.relief != nullptr;
    for (std::size_t i = 0; i < legend.entries.size(); ++i) {
        const LegendEntry& e = legend.entries[i];
        const detail::KeyBox key = key_box(legend, i, style);
        detail::draw_legend_key(cr, e, key, style, relief);
        const TextSize size = measure_text(cr, style.fonts.legend, e.text);
        draw_text(cr, style.fonts.legend, e.text,
                  {key.at.x + key.width_pt + legend_pad_pt(), key.at.y - size.height_pt / 2},
                  false);
    }
}

std::vector<LegendSwatch> legend_swatches(const PageMap& map, const Style& page_style) {
    std::vector<LegendSwatch> out;
    const PageLegend legend = page_legend(map, page_style);
    const Style style = legend_style(page_style, legend.scale);
    if (legend.box.width() <= 0)
        return out;
    for (std::size_t i = 0; i < legend.entries.size(); ++i) {
        const LegendEntry::Key k = legend.entries[i].key;
        if (k == LegendEntry::Key::polity || k == LegendEntry::Key::unknown)
            out.push_back({legend.entries[i].colour_key, key_box(legend, i, style).box()});
    }
    return out;
}

}  // namespace cm
