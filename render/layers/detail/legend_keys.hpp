#pragma once

// The key of one legend entry, drawn as the map draws the thing it stands for: a polity's
// flat tint, a border solid or dashed, the changed-hands hatch, a side's route, a town's dot,
// a river's line, a lake's fill, an event's symbol.

#include "render/display/canvas.hpp"
#include "render/model/legend_entry.hpp"
#include "render/style/style.hpp"

namespace cm::detail {

/// The box a key is drawn in: @p key_w_pt wide, @p key_h_pt high, its left edge's middle at
/// @p at.
struct KeyBox {
    PagePt at;
    double width_pt = 0.0, height_pt = 0.0;
    PageBox box() const {
        return {at.x, at.y - height_pt / 2, at.x + width_pt, at.y + height_pt / 2};
    }
};

/// Draws the key of @p entry in @p key; @p relief: the map has relief (territory_tint.hpp).
void draw_legend_key(Canvas& cr, const LegendEntry& entry, const KeyBox& key, const Style& style,
                     bool relief);

}  // namespace cm::detail
