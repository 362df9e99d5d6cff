#pragma once

// The way an army could go between two points: the least-cost path over the height grid
// (A* over the grid's cells and their eight neighbours), deterministic for the same inputs.

#include <vector>

#include "geodata/routing/terrain.hpp"

namespace cm {

/// @returns the cells' centres along the cheapest way from @p from to @p to, starting at
/// @p from and ending at @p to exactly; just the two when @p terrain has no grid.
std::vector<LonLat> least_cost_path(const Terrain& terrain, const LonLat& from, const LonLat& to,
                                    const CostSettings& settings = {});

/// @returns @p line generalised for a map (Douglas–Peucker): the points within
/// @p tolerance_km of the simplified line are left out, unless a straight stretch over them
/// would climb more than @p rise_m above the highest of them on @p grid (when given), so the
/// generalised course keeps to the valleys its path found. The ends stay.
std::vector<LonLat> generalise_course(const std::vector<LonLat>& line, double tolerance_km,
                                      const ElevationGrid* grid, double rise_m = 150.0);

}  // namespace cm
