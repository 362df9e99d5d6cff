#pragma once

// The layers of a map, each drawn by its own file from a PageMap and a Style, in page points.
// render/scene/draw.cpp calls them in order.

#include <cairo.h>

#include "render/scene/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

void draw_background(cairo_t* cr, const PageMap& map, const Style& style, bool transparent);
void draw_relief(cairo_t* cr, const PageMap& map, const Style& style);
void draw_land(cairo_t* cr, const PageMap& map, const Style& style);
void draw_lakes(cairo_t* cr, const PageMap& map, const Style& style);
void draw_rivers(cairo_t* cr, const PageMap& map, const Style& style);
void draw_territories(cairo_t* cr, const PageMap& map, const Style& style);
void draw_changes(cairo_t* cr, const PageMap& map, const Style& style);
void draw_graticule(cairo_t* cr, const PageMap& map, const Style& style);
void draw_routes(cairo_t* cr, const PageMap& map, const Style& style);
void draw_events(cairo_t* cr, const PageMap& map, const Style& style);
void draw_settlements(cairo_t* cr, const PageMap& map, const Style& style);
void draw_map_labels(cairo_t* cr, const PageMap& map, const Style& style);
void draw_frame(cairo_t* cr, const PageMap& map, const Style& style);
void draw_graticule_labels(cairo_t* cr, const PageMap& map, const Style& style);
void draw_legend(cairo_t* cr, const PageMap& map, const Style& style);
void draw_scale_bar(cairo_t* cr, const PageMap& map, const Style& style);
void draw_locator(cairo_t* cr, const PageMap& map, const Style& style);
void draw_title(cairo_t* cr, const PageMap& map, const Style& style);
void draw_credits(cairo_t* cr, const PageMap& map, const Style& style);

}  // namespace cm
