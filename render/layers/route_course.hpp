#pragma once

// A leg's course on the page, stopped short of the symbol at its target.

#include <vector>

#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// @returns @p line cut where it first comes within @p gap_pt of its end (straight-line
/// distance); @p line itself when it never leaves that circle or @p gap_pt is zero.
std::vector<PagePt> stop_short(const std::vector<PagePt>& line, double gap_pt);

/// Stops each route short of the symbol at its target, if any: the event symbol (or the
/// settlement's dot) at its last place, by the symbol's radius plus the style's arrow gap.
void stop_routes_short(std::vector<PageRoute>& routes, const std::vector<PageEvent>& events,
                       const std::vector<PagePlace>& settlements, const Style& style);

}  // namespace cm
