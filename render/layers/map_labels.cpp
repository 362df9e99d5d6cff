#include "render/labels/draw_labels.hpp"
#include "render/layers/layers.hpp"

namespace cm {

void draw_map_labels(cairo_t* cr, const PageMap& map, const Style& /*style*/) {
    draw_labels(cr, map.labels);
}

}  // namespace cm
