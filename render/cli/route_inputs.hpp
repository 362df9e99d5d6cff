#pragma once

// The courses of a run's campaign legs, computed once from the gazetteer and the heights of
// the land they cross, for render, animate and export alike.

#include <optional>
#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/model/course.hpp"
#include "geodata/model/elevation_grid.hpp"

namespace cm::cli {

/// @returns the DEM the legs' courses are found on: ETOPO5 when it is installed, whatever
/// `--relief` @p option draws (a course at a map's scale needs no finer heights, and reading a
/// large DEM over the legs' whole box would cost more than the map), else the DEM @p option
/// names; "" when there is none.
std::string route_terrain_input(const std::string& option);

/// @returns @p inputs (a run's input files) and the DEM route_terrain_input() names, if any.
std::vector<std::string> with_route_terrain(std::vector<std::string> inputs,
                                            const std::string& relief_option);

/// @returns the heights the legs within @p years are routed over: the DEM
/// route_terrain_input() names, over the legs' places with a margin, in cells of 1/6°;
/// nothing when there is no DEM or no leg.
/// @throws DataError as load_elevation() does.
std::optional<ElevationGrid> load_route_terrain(const std::string& relief_option,
                                                const Atlas& atlas, const YearRange& years);

/// @returns the course of every leg within @p years over @p terrain (load_route_terrain()),
/// or straight between their places' edges without it.
CourseTable courses_over(const std::optional<ElevationGrid>& terrain, const Atlas& atlas,
                         const YearRange& years, double generalise_km);

/// @returns courses_over() load_route_terrain().
/// @throws DataError as load_elevation() does.
CourseTable load_route_courses(const std::string& relief_option, const Atlas& atlas,
                               const YearRange& years, double generalise_km);

}  // namespace cm::cli
