#pragma once

#include "render/canvas/raster_image.hpp"
#include "render/display/display_list.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// Draws @p map into an image of the page at its raster density (page.px_per_pt).
///
/// With @p bands > 1 the page is cut into that many horizontal bands, each drawn by its own
/// thread into its rows of the one image: a map page is one long chain of Cairo calls, and
/// this is how it uses more than one core. Each band is drawn a few rows beyond its cuts (Cairo
/// strokes the rows next to a surface's edge a little differently) and only whole-pixel offsets
/// differ between bands, so the image is the same for any number of bands. One known
/// exception: the halo of a name along a river (its letters turned, at fractional positions)
/// can differ by one level in a pixel or two with some band counts (Cairo's stroker rounds
/// the turned outline to its fixed-point grid after the band's offset, not our geometry).
/// @pre bands >= 1. @throws RenderError when drawing fails in any band.
RasterImage render_raster(const PageMap& map, const Style& style, bool transparent, int bands = 1);

/// Draws @p list, composed for @p page's raster density, as render_raster() draws a map: over
/// @p under (an image of the page drawn before, the size of the page) when given, else over
/// transparent black.
RasterImage draw_raster(const DisplayList& list, const PageSize& page, int bands = 1,
                        const RasterImage* under = nullptr);

}  // namespace cm
