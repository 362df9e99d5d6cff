#pragma once

// Cells of the relief's coarse raster without a height (beyond the projection's domain or the
// grid) before the raster is upsampled: the interpolating cubic has negative weights, so a
// no-data value among its taps would throw the heights of the valid pixels beside it far out
// of range. They take their nearest valid height instead, and a mask says where they were.

#include "render/layers/relief_generalise.hpp"

namespace cm::relief {

/// A coarse raster with every cell given a height, and where the data was.
struct FilledRaster {
    HeightRaster heights;  ///< valid cells as they were, the others their nearest valid height
    HeightRaster valid;    ///< 1 where the raster had a height, 0 where it had none
    bool complete = true;  ///< every cell had a height (then `valid` is empty)
    bool empty = false;    ///< no cell had a height (then `heights` is unchanged)
};

/// @returns @p coarse with each cell that is not finite given the height of its nearest
/// finite cell (nearest in steps along rows and columns).
FilledRaster fill_no_data(const HeightRaster& coarse);

}  // namespace cm::relief
