#pragma once

// How far aside a course may be drawn (beside the legs bundled with it) before the drawn line
// climbs: a map offsets a leg no farther than that, so it stays as low as its course.

#include <vector>

#include "geodata/model/elevation_grid.hpp"
#include "geodata/model/geometry.hpp"

namespace cm {

/// @returns for each position of @p line the distance (km, up to @p most_km) it may move
/// square to the line, to either side, before the ground there rises more than @p rise_m above
/// the higher of the line's two ends or @p near_rise_m above the line at that position, on
/// @p grid.
std::vector<double> course_room_km(const std::vector<LonLat>& line, const ElevationGrid& grid,
                                   double most_km, double rise_m = 600.0,
                                   double near_rise_m = 150.0);

}  // namespace cm
