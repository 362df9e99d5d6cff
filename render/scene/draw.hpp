#pragma once

#include <cairo.h>

#include "render/scene/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// Draws @p map on @p cr (in page points: scale @p cr for raster outputs first): the map
/// layers clipped to the frame, then the page furniture.
void draw_map(cairo_t* cr, const PageMap& map, const Style& style, bool transparent);

}  // namespace cm
