#include <cmath>

#include "render/display/paint.hpp"
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
void draw_changes(Canvas& cr, const PageMap& map, const Style& style) {
    for (const PageArea& change : map.changes) {
        const PageBox b = box_of(change.shape);
        cr.save();
        cr.set_feature({"region", change.id});
        trace_shape(cr, change.shape);
        cr.clip();
        stroke_change_hatch(cr, b, style);
        cr.restore();
    }
}

void stroke_change_hatch(Canvas& cr, const PageBox& b, const Style& style) {
    const TerritoryStyle& s = style.territories;
    const double spacing = s.change_hatch_mm * kPtPerMm;
    const double start = std::floor((b.x0 - b.height()) / spacing) * spacing;
    for (double x = start; x < b.x1; x += spacing) {
        cr.move_to(x, b.y1);
        cr.line_to(x + b.height(), b.y0);
    }
    set_colour(cr, s.change, 0.8);
    cr.set_line_width(s.change_hatch_pt);
    cr.stroke();
}

}  // namespace cm
