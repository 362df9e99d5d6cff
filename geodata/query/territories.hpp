#pragma once

// Polities' land in a year: the union of the regions each holds (border_union.hpp).

#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/query/region_unions.hpp"

namespace cm {

/// One Territory per polity that holds at least one region in @p year, in the order of
/// atlas.polities (polity ids missing from it come last, in region order).
/// @post each geometry is the union of its regions: valid when the regions tile without
///       overlap (check_history), with shared borders dissolved.
/// @post certainty is the weakest certainty among the spans of its regions.
/// With @p unions, a set of regions already united there is not united again.
std::vector<Territory> territories_in_year(const Atlas& atlas, int year,
                                           RegionUnions* unions = nullptr);

}  // namespace cm
