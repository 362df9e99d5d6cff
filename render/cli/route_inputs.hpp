#pragma once

// The courses of a run's campaign legs, computed once from the gazetteer and the heights of
// the land they cross, for render, animate and export alike.

#include <optional>
#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/model/course.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "geodata/routing/courses.hpp"

namespace cm::cli {

/// @returns the DEM the legs' courses are found on: ETOPO5 when it is installed, whatever
/// `--relief` @p option draws (a course at a map's scale needs no finer heights, and reading a
/// large DEM over the legs' whole box would cost more than the map), else the DEM @p option
/// names; "" when there is none.
std::string route_terrain_input(const std::string& option);

/// @returns @p inputs (a run's input files) and the DEM route_terrain_input() names, if any.
std::vector<std::string> with_route_terrain(std::vector<std::string> inputs,
                                            const std::string& relief_option);

/// The legs within a run's years routed over the DEM route_terrain_input() names (its window:
/// the legs' places with a margin, cells of 1/6°), or as straight as their places allow
/// without one: what the run's courses are made from, before the page's scale is known.
struct RoutedRun {
    std::optional<ElevationGrid> grid;
    std::vector<RoutedLeg> legs;
};

/// @returns the RoutedRun of the legs within @p years.
/// @throws DataError as load_elevation() does.
RoutedRun route_run(const std::string& relief_option, const Atlas& atlas, const YearRange& years);

/// @returns the courses of @p run at the page's scale (courses_of()).
CourseTable courses_at_scale(const RoutedRun& run, const Atlas& atlas, double generalise_km);

/// @returns courses_at_scale() route_run().
/// @throws DataError as load_elevation() does.
CourseTable load_route_courses(const std::string& relief_option, const Atlas& atlas,
                               const YearRange& years, double generalise_km);

}  // namespace cm::cli
