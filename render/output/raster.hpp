#pragma once

#include "render/canvas/raster_image.hpp"
#include "render/scene/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// Draws @p map into an image of the page at its raster density (page.px_per_pt).
RasterImage render_raster(const PageMap& map, const Style& style, bool transparent);

}  // namespace cm
