#include <cmath>

#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

PageBox box_of(const PageShape& shape) {
    PageBox b{1e300, 1e300, -1e300, -1e300};
    for (const auto& ring : shape.rings)
        for (const PagePt& p : ring) {
            b.x0 = std::min(b.x0, p.x), b.y0 = std::min(b.y0, p.y);
            b.x1 = std::max(b.x1, p.x), b.y1 = std::max(b.y1, p.y);
        }
    return b;
}

}  // namespace

/// Regions that changed hands: diagonal hatching in the change colour, clipped to the region.
void draw_changes(cairo_t* cr, const PageMap& map, const Style& style) {
    const TerritoryStyle& s = style.territories;
    const double spacing = s.change_hatch_mm * kPtPerMm;
    for (const PageArea& change : map.changes) {
        const PageBox b = box_of(change.shape);
        cairo_save(cr);
        trace_shape(cr, change.shape);
        cairo_clip(cr);
        const double start = std::floor((b.x0 - b.height()) / spacing) * spacing;
        for (double x = start; x < b.x1; x += spacing) {
            cairo_move_to(cr, x, b.y1);
            cairo_line_to(cr, x + b.height(), b.y0);
        }
        set_colour(cr, s.change, 0.8);
        cairo_set_line_width(cr, s.change_hatch_pt);
        cairo_stroke(cr);
        cairo_restore(cr);
    }
}

}  // namespace cm
