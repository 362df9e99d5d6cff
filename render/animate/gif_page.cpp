#include "render/animate/gif_page.hpp"

#include <algorithm>
#include <cmath>

namespace cm {

double smallest_label_pt(const Style& style) {
    const FontStyle& f = style.fonts;
    return std::min({f.polity.size_pt, f.region.size_pt, f.settlement.size_pt, f.river.size_pt,
                     f.lake.size_pt, f.event.size_pt, f.legend.size_pt, f.graticule.size_pt});
}

PageSize gif_page(const Style& style) {
    const double dpi = 72.0 * kGifMinLabelPx / smallest_label_pt(style);
    return parse_page("960x540", static_cast<int>(std::ceil(dpi - 1e-9)));
}

}  // namespace cm
