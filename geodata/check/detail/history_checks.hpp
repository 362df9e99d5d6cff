#pragma once

// The parts of check_history(), one concern each; every function appends to @p problems.

#include <string>

#include "geodata/check/problem.hpp"
#include "geodata/model/atlas.hpp"

namespace cm::detail {

/// Event, campaign, war and control records: ids that resolve, years in order.
void check_history_records(const Atlas& atlas, const std::string& history_dir,
                           ProblemList& problems);

/// Region tiles: valid polygons, no two overlapping.
void check_region_tiles(const Atlas& atlas, const std::string& regions_file, ProblemList& problems);

/// Control timelines: every region held throughout the history span by one polity at a
/// time, no gaps, no control of unknown regions; each year's territories valid.
void check_control_timelines(const Atlas& atlas, const std::string& control_file,
                             ProblemList& problems);

}  // namespace cm::detail
