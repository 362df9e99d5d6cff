#pragma once

// The drawn routes of a map as the label engine sees them: each leg's smoothed curve and the
// outline of its arrowhead, with the width its stroke and halo cover.

#include <vector>

#include "render/labels/placement.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// One obstacle per route of @p routes, id "route:<campaign id>#<leg>", its line the curve as
/// drawn (each Bézier flattened into short chords) followed by the arrowhead's outline.
std::vector<RouteObstacle> route_obstacles(const std::vector<PageRoute>& routes,
                                           const Style& style);

}  // namespace cm
