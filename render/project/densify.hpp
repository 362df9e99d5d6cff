#pragma once

// Preparing lon/lat geometry for projection: cut it to a window a little larger than the map
// (so PROJ never sees wild coordinates far outside it), then add vertices so that long
// straight edges bend as the projection bends them.
//
// Densification interpolates linearly in degrees, not along great circles: at the scale of a
// regional map (segments of a few degrees) the difference is far below a line width, and a
// straight segment in degrees is what the data files mean by an edge (borders along
// parallels stay on their parallel).

#include <vector>

#include "geodata/model/geometry.hpp"

namespace cm {

/// @returns @p line with extra vertices so that no step exceeds @p max_step_deg in
/// longitude or latitude. Original vertices are kept.
/// @pre max_step_deg > 0
std::vector<LonLat> densify(const std::vector<LonLat>& line, double max_step_deg);

/// @returns @p b grown by @p fraction of its width and height on every side.
Bounds grow(const Bounds& b, double fraction);

/// @returns whether @p a and @p b overlap (touching counts).
bool overlaps(const Bounds& a, const Bounds& b);

/// Cuts a line to @p window: the parts inside, as separate lines (entry and exit points
/// interpolated on the window's edges).
std::vector<std::vector<LonLat>> clip_line(const std::vector<LonLat>& line, const Bounds& window);

/// Cuts a closed ring to @p window (Sutherland–Hodgman). Edges that ran outside are replaced
/// by runs along the window's edges, which is harmless when the window is larger than the
/// map frame. @returns an empty ring when nothing is inside.
Ring clip_ring(const Ring& ring, const Bounds& window);

/// clip_ring for every ring; polygons whose outer ring vanishes are dropped.
PolygonGeometry clip_polygons(const PolygonGeometry& g, const Bounds& window);

/// clip_line for every line.
MultiLineGeometry clip_lines(const MultiLineGeometry& g, const Bounds& window);

}  // namespace cm
