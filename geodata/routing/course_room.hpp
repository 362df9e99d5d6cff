#pragma once

// How far aside a course may be drawn (beside the legs bundled with it) before the drawn line
// climbs: a map offsets a leg no farther than that, so it stays as low as its course.

#include <vector>

#include "geodata/model/elevation_grid.hpp"
#include "geodata/model/geometry.hpp"

namespace cm {

/// How far aside each position of a course may be drawn, to each side of it.
struct CourseRoom {
    std::vector<double> left_km;   ///< per position, to the left of the way (km)
    std::vector<double> right_km;  ///< per position, to the right of the way (km)
};

/// @returns for each position of @p line the distance (km, up to @p most_km) it may move
/// square to the line, to its left and to its right, before the ground there rises more than
/// @p rise_m above the higher of the line's two ends or @p near_rise_m above the line at that
/// position, and never above @p ceiling_m, on @p grid; measured at the position and, every
/// 2 km, along the segments to its neighbours (a line through points each moved within their
/// room stays within it between them). A position higher than @p ceiling_m may not move.
CourseRoom course_room_km(const std::vector<LonLat>& line, const ElevationGrid& grid,
                          double most_km, double ceiling_m, double rise_m = 600.0,
                          double near_rise_m = 150.0);

/// @returns the most a map may let the drawn course of @p line climb to on @p grid: @p rise_m
/// above the highest of its ends and of @p passes within @p pass_km of it.
double course_ceiling_m(const std::vector<LonLat>& line, const ElevationGrid& grid,
                        const std::vector<LonLat>& passes, double rise_m, double pass_km);

}  // namespace cm
