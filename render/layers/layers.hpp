#pragma once

// The layers of a map, each drawn by its own file from a PageMap and a Style, in page points,
// on the Canvas that records the display list. render/compose/compose_page.cpp calls them in
// order.

#include "render/display/canvas.hpp"

#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

void draw_background(Canvas& cr, const PageMap& map, const Style& style, bool transparent);
void draw_relief(Canvas& cr, const PageMap& map, const Style& style);
void draw_land(Canvas& cr, const PageMap& map, const Style& style);
void draw_lakes(Canvas& cr, const PageMap& map, const Style& style);
void draw_rivers(Canvas& cr, const PageMap& map, const Style& style);
void draw_territories(Canvas& cr, const PageMap& map, const Style& style);
void draw_changes(Canvas& cr, const PageMap& map, const Style& style);
/// Strokes the changed-hands hatch over @p b (the caller clips it): the map's and the legend's.
void stroke_change_hatch(Canvas& cr, const PageBox& b, const Style& style);
void draw_graticule(Canvas& cr, const PageMap& map, const Style& style);
void draw_routes(Canvas& cr, const PageMap& map, const Style& style);
void draw_events(Canvas& cr, const PageMap& map, const Style& style);
void draw_settlements(Canvas& cr, const PageMap& map, const Style& style);
void draw_map_labels(Canvas& cr, const PageMap& map, const Style& style);
void draw_frame(Canvas& cr, const PageMap& map, const Style& style);
void draw_graticule_labels(Canvas& cr, const PageMap& map, const Style& style);
void draw_event_list(Canvas& cr, const PageMap& map, const Style& style);
void draw_legend(Canvas& cr, const PageMap& map, const Style& style);
void draw_scale_bar(Canvas& cr, const PageMap& map, const Style& style);
void draw_locator(Canvas& cr, const PageMap& map, const Style& style);
void draw_title(Canvas& cr, const PageMap& map, const Style& style);
void draw_credits(Canvas& cr, const PageMap& map, const Style& style);

}  // namespace cm
