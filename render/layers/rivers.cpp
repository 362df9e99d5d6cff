#include <algorithm>

#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// Rivers by rank, widest last so that tributaries join under their main stream; a basemap
/// river at the opacity its scale gives it.
void draw_rivers(Canvas& cr, const PageMap& map, const Style& style) {
    const auto& widths = style.basemap.river_widths_pt;
    std::vector<const PageLine*> order;
    for (const PageLine& river : map.rivers)
        order.push_back(&river);
    std::stable_sort(order.begin(), order.end(),
                     [](const PageLine* a, const PageLine* b) { return a->rank > b->rank; });
    cr.set_line_cap(LineCap::round);
    cr.set_line_join(LineJoin::round);
    for (const PageLine* river : order) {
        if (!river->stroked || widths.empty())
            continue;
        const std::size_t rank = std::min<std::size_t>(std::max(river->rank, 0), widths.size() - 1);
        Colour colour = style.basemap.river;
        colour.a *= river->opacity;
        set_colour(cr, colour);
        cr.set_feature({"river", river->id});
        cr.set_line_width(widths[rank]);
        for (const auto& line : river->lines)
            trace_line(cr, line);
        cr.stroke();
    }
}

}  // namespace cm
