#pragma once

// Legs drawn side by side where their courses share a stretch (the same polyline, see
// geodata/routing/bundle.hpp, or the same ends): each leg's inner points along the stretch
// move sideways by its rank among the legs there, so a bundle reads as parallel arrows that
// part where the legs separate.

#include <vector>

#include "render/model/page_map.hpp"

namespace cm {

/// Offsets the inner points of @p routes that lie on another route's line (or whose route has
/// the same two ends as another): each by @p spacing_pt times its rank among the routes there
/// (by the side they come from and go to, then in the order of @p routes) less the middle
/// rank, to either side of the first line through it. Within four spacings of a leg's ends its
/// offset fades (legs leave and reach a place together), and points nearer than a spacing to
/// the one before are thinned so the curve does not kink, unless the line without them would
/// pass farther from their course than its room there allows. A move is no longer than the
/// room on its side of the leg's way (PageRoute::room_left_pt, room_right_pt). The ends stay
/// on their places; a straight leg gains a middle point to bend.
void offset_bundled_legs(std::vector<PageRoute>& routes, double spacing_pt);

}  // namespace cm
