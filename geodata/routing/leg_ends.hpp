#pragma once

// Where a campaign leg touches its places: a town or battle site at its point, a river at
// the point of its course nearest the other end, a region or range at the point of its edge
// nearest the other end ("where the action is"), never at an area's centroid.

#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// @returns where a leg towards (or from) @p towards touches @p place: a point place itself;
/// the nearest point of a line; for an area, the nearest point of its edge when @p towards
/// lies outside it, else its anchor.
LonLat end_point(const Geometry& place, const LonLat& towards);

/// @returns the stops of @p leg (from, via..., to): the via places at their anchors, the ends
/// moved by end_point() towards their neighbouring stop; empty when a place is unknown.
std::vector<LonLat> leg_stops(const Atlas& atlas, const Leg& leg);

/// @returns the distance in km between @p a and @p b on a sphere of the Earth's mean radius.
double distance_km(const LonLat& a, const LonLat& b);

}  // namespace cm
