#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {
namespace {

void fill_water(Canvas& cr, const PageShape& shape, const Style& style) {
    if (shape.rings.empty())
        return;
    trace_shape(cr, shape);
    set_colour(cr, style.basemap.lake);
    cr.fill_preserve();
    set_colour(cr, style.basemap.lake_outline);
    cr.set_line_width(style.basemap.lake_outline_pt);
    cr.set_line_join(LineJoin::round);
    cr.stroke();
}

}  // namespace

void draw_lakes(Canvas& cr, const PageMap& map, const Style& style) {
    cr.set_feature({"lake", ""});
    fill_water(cr, map.lakes, style);
    for (const PageArea& water : map.water)
        if (!water.label_only) {
            cr.set_feature({"water", water.id});
            fill_water(cr, water.shape, style);
        }
}

}  // namespace cm
