#pragma once

// Which borders may meet other than at an end they share: a quick pass over their segments
// (sweep and prune on their boxes, then orientation) so that the exact test with GEOS runs on
// those pairs alone. Borders that run side by side share a node at each end, so every pair of
// neighbours touches, and testing each such pair with GEOS was most of check's time.

#include <cstddef>
#include <utility>
#include <vector>

#include "geodata/model/territory.hpp"

namespace cm::detail {

/// @returns whether @p p is the first or last point of @p border (a node it ends at).
bool is_border_end(const Border& border, const LonLat& p);

/// @returns the pairs (i, j), i < j, in ascending order, of @p borders that may meet other than
/// at an end both share. Conservative: a pair left out meets only at such ends, if at all; a
/// pair listed may still not meet.
std::vector<std::pair<std::size_t, std::size_t>> maybe_meeting_pairs(
    const std::vector<Border>& borders);

}  // namespace cm::detail
