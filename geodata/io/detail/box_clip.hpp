#pragma once

// Cutting a basemap's shapes to the window a map reads: a ring by Sutherland-Hodgman, a line
// segment by segment, both in one pass over the points. GEOS's overlay nodes every edge of the
// shape against the window, which for a continent's coastline costs most of a basemap's
// reading time; the window is a box, and a box needs none of that.

#include <vector>

#include "geodata/model/geometry.hpp"

namespace cm::detail {

/// @p ring (open or closed) cut to @p box, returned open: the points inside and
/// where its edges cross the box's sides, with stretches along the sides where it runs
/// outside. Where a shape leaves the box and comes back, the cut ring goes along the side
/// between and back (two edges over one another, which no fill or point-in-ring test counts),
/// so its area, and what lies inside it, are those of the shape's part in the box. Empty when
/// nothing of it with any area lies inside.
std::vector<LonLat> clip_ring_to_box(const std::vector<LonLat>& ring, const Bounds& box);

/// The parts of the polyline @p line inside @p box, in order, each of two points or more.
std::vector<std::vector<LonLat>> clip_line_to_box(const std::vector<LonLat>& line,
                                                  const Bounds& box);

}  // namespace cm::detail
