#pragma once

// The courses of a run's campaign legs, computed once from the gazetteer and the heights of
// the land they cross, for render, animate and export alike.

#include <string>

#include "geodata/model/atlas.hpp"
#include "geodata/model/course.hpp"

namespace cm::cli {

/// @returns the DEM the legs' courses are found on for `--relief` @p option: the relief's
/// DEM, or ETOPO5 when the relief is off (the way over the land does not depend on whether
/// the relief is drawn); "" when that is off and ETOPO5 is not installed.
std::string route_terrain_input(const std::string& option);

/// @returns the course of every leg within @p years over the DEM route_terrain_input() names
/// (its window: the legs' places with a margin, cells of 1/6°), or straight
/// between their places' edges without one.
/// @throws DataError as load_elevation() does.
CourseTable load_route_courses(const std::string& relief_option, const Atlas& atlas,
                               const YearRange& years, double generalise_km);

}  // namespace cm::cli
