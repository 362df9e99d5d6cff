#include "render/style/style.hpp"

#include <algorithm>

namespace cm {

Colour polity_colour(const Style& style, const std::string& colour_key) {
    auto it = style.territories.polities.find(colour_key);
    return it == style.territories.polities.end() ? style.territories.fallback : it->second;
}

Colour darken(const Colour& c, double share) {
    const double k = 1.0 - share;
    return Colour{c.r * k, c.g * k, c.b * k, c.a};
}

double smallest_label_pt(const Style& style) {
    const FontStyle& f = style.fonts;
    return std::min({f.polity.size_pt, f.region.size_pt, f.settlement.size_pt, f.river.size_pt,
                     f.lake.size_pt, f.event.size_pt, f.legend.size_pt, f.graticule.size_pt});
}

}  // namespace cm
