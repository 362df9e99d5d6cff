#include "render/layers/territory_tint.hpp"

#include "render/colour/colour_science.hpp"

namespace cm {

Colour territory_ground(const Style& style, bool relief) {
    Colour ground = relief ? style.relief.shading.grey : style.basemap.land;
    ground.a = 1.0;
    return ground;
}

Colour territory_flat_tint(const Style& style, const std::string& colour_key, bool relief) {
    return colour::over(polity_colour(style, colour_key), style.territories.fill_opacity,
                        territory_ground(style, relief));
}

}  // namespace cm
