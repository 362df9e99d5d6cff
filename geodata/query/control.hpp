#pragma once

// Who holds which region in which year, read from an Atlas's control timeline.
// The renderer asks these questions once per frame; they do no I/O.

#include <string_view>
#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// @returns the control span of @p region_id that contains @p year, or nullptr when the
/// timeline says nothing for that year. With double control (a data error check_history
/// reports) the first span in the file wins.
const Control* holder_in_year(const Atlas& atlas, std::string_view region_id, int year);

/// @returns the years the control timeline covers: the first year of its earliest span to
/// the last year of its latest. {0, 0} when there is no control data.
YearRange history_span(const Atlas& atlas);

/// The regions whose holder in @p year differs from their holder in @p year - 1, in the
/// order of atlas.regions. Nothing changes in the first year of the history span (there is
/// no year before it to compare with). Two consecutive spans of the same polity (e.g. with
/// different certainty) are not a change.
std::vector<RegionChange> region_changes(const Atlas& atlas, int year);

}  // namespace cm
