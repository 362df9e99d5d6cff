#pragma once

// Where the map sits on the page: the projected rectangle shown and the uniform scale that
// maps it into the page's map box (page y grows downwards, map y upwards).

#include <vector>

#include "geodata/model/geometry.hpp"
#include "render/project/coordinates.hpp"
#include "render/project/projection.hpp"

namespace cm {

/// The map frame: the projected rectangle [min, max] drawn into map_box at pt_per_m.
struct PageFrame {
    PageBox map_box;
    MapXY min;
    MapXY max;
    double pt_per_m = 0.0;

    PagePt to_page(const MapXY& p) const {
        return {map_box.x0 + (p.x - min.x) * pt_per_m, map_box.y0 + (max.y - p.y) * pt_per_m};
    }
    MapXY to_map(const PagePt& p) const {
        return {min.x + (p.x - map_box.x0) / pt_per_m, max.y - (p.y - map_box.y0) / pt_per_m};
    }
};

/// Fits @p extent into @p map_box: the extent's projected outline (edges densified) is centred
/// in the box at the largest scale that shows all of it; the shown rectangle then grows along
/// one axis so that it fills the box (the aspect of the data is kept, never stretched).
/// @throws RenderError when the extent cannot be projected or is degenerate.
/// @pre map_box has a positive width and height
PageFrame fit_frame(const Projection& projection, const Bounds& extent, const PageBox& map_box);

/// @returns the bounds of @p places grown by @p margin_fraction of their span on each side,
/// with at least one degree of span so that a single place still gives a map.
/// @throws UsageError when @p places is empty.
Bounds auto_extent(const std::vector<LonLat>& places, double margin_fraction);

/// @returns the lon/lat bounds of everything visible in @p frame (its outline inverse-
/// projected), for choosing which basemap data and relief to load.
/// @throws RenderError when no point of the frame maps back to lon/lat.
Bounds visible_extent(const Projection& projection, const PageFrame& frame);

}  // namespace cm
