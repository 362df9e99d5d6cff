#pragma once

// The relief layer: hillshade plus hypsometric tint, computed from an ElevationGrid into an
// image covering the map box at device resolution. It depends only on the grid, projection,
// frame, resolution and style, so an animation computes it once and reuses it for every frame.

#include "geodata/model/elevation_grid.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"
#include "render/style/relief_style.hpp"

namespace cm {

/// @returns the finest grid of heights worth reading for the relief of frame.map_box at
/// @p px_per_pt pixels per point: twice the image's pixels each way, but never fewer than 1024
/// cells. The shading averages the heights down to coarse cells of several pixels
/// (generalise_fraction), so finer heights would cost memory and time and change nothing; a
/// grid of 1024 cells costs nothing either, and keeps a coarse source such as ETOPO5 (some 700
/// cells across a theatre of war) read whole, as it always was, even for a small page.
GridSize relief_grid_limit(const PageFrame& frame, double px_per_pt);

/// @returns an opaque image of frame.map_box at @p px_per_pt pixels per point (width
/// round(map_box.width() * px_per_pt)); pixels outside the grid or the projection's domain
/// take style.water, and the pixels beside them are interpolated from valid heights only.
/// @throws RenderError when the grid is empty.
RasterImage shade_relief(const ElevationGrid& grid, const Projection& projection,
                         const PageFrame& frame, double px_per_pt, const ReliefStyle& style);

}  // namespace cm
