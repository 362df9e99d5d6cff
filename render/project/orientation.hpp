#pragma once

// Whether a projection shows an extent the way a map must: east to the right of west, north
// above south, no two places on one point. A projection centred far from the extent (a polar
// view turned away from it), one with flipped axes or one that folds the extent over itself
// draws a mirrored or overlapping map that would look plausible and be wrong; it is refused.

#include "geodata/model/geometry.hpp"
#include "render/project/projection.hpp"

namespace cm {

/// Samples a grid of lon/lat points over @p extent and checks that, in @p projection, x grows
/// eastwards along every parallel, y grows northwards along every meridian, and no two samples
/// land on the same point.
/// @throws UsageError naming the projection, the samples at fault and what is wrong.
/// @throws RenderError when a sample cannot be projected (Projection::forward).
/// @pre the extent is not degenerate (fit_frame() accepts it)
void require_orientation(const Projection& projection, const Bounds& extent);

}  // namespace cm
