#include "render/style/style.hpp"

namespace cm {

Colour polity_colour(const Style& style, const std::string& colour_key) {
    auto it = style.territories.polities.find(colour_key);
    return it == style.territories.polities.end() ? style.territories.fallback : it->second;
}

Colour darken(const Colour& c, double share) {
    const double k = 1.0 - share;
    return Colour{c.r * k, c.g * k, c.b * k, c.a};
}

}  // namespace cm
