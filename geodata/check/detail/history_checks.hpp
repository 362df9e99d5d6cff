#pragma once

// The parts of check_history(), one concern each; every function appends to @p problems.

#include <string>

#include "geodata/check/check_atlas.hpp"
#include "geodata/check/problem.hpp"
#include "geodata/model/atlas.hpp"

namespace cm::detail {

/// Event, campaign, war and control records: ids that resolve, years in order.
void check_history_records(const Atlas& atlas, const std::string& history_dir,
                           ProblemList& problems);

/// The border topology: dangling ends, segments that cross without a shared node, `follows`
/// that names no line or ends far from it, faces without a region point or with two, region
/// points outside every face. Each problem names the segment or region and a lon/lat.
void check_border_topology(const Atlas& atlas, const std::string& borders_file,
                           const std::string& regions_file, ProblemList& problems);

/// Control timelines: every region held from the first year of the history, one record per
/// year at most; each year's territories valid.
void check_control_timelines(const Atlas& atlas, const std::string& control_file,
                             ProblemList& problems);

/// check_history() but for check_border_topology(): the records and the control timelines.
void check_history_but_topology(const Atlas& atlas, const AtlasFiles& files, ProblemList& problems);

}  // namespace cm::detail
