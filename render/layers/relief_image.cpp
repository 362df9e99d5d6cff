#include "render/layers/layers.hpp"

namespace cm {

/// The relief, shaded for the frame's map box, as one image over it.
void draw_relief(Canvas& cr, const PageMap& map, const Style& /*style*/) {
    if (!map.relief || map.relief->width <= 0)
        return;
    cr.set_feature({"relief", ""});
    cr.image(map.relief, map.frame.map_box);
}

}  // namespace cm
