#pragma once

// The courses of campaign legs, computed once per run: a leg whose source gives the road is
// drawn as given, one with via points through them, and one with only its ends along the
// least-cost way over the land between the edges of its places.

#include "geodata/model/atlas.hpp"
#include "geodata/model/course.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "geodata/routing/terrain.hpp"

namespace cm {

/// @returns the course of @p leg over @p terrain, an inferred one generalised to bends of
/// @p generalise_km at least (the page's scale); nothing when a place of it is unknown or
/// has no geometry.
std::optional<LegCourse> course_of(const Atlas& atlas, const Leg& leg, const Terrain& terrain,
                                   double generalise_km);

/// @returns the courses of every leg of @p atlas whose years overlap @p years, each distinct
/// set of inputs computed once; inferred courses within @p generalise_km of an earlier leg's
/// (in the order of the data) share its line there (bundle_courses()).
CourseTable route_courses(const Atlas& atlas, const YearRange& years, const Terrain& terrain,
                          double generalise_km);

/// @returns the lon/lat box of every leg within @p years, its ends and via places, grown by
/// the search margin of CostSettings: where route_courses() needs heights. Empty: no legs.
Bounds terrain_window(const Atlas& atlas, const YearRange& years);

/// @returns the grid size for @p window with cells of 1/6° (ETOPO5's 1/12°, two by two), so a leg's
/// course is the same whatever the page.
GridSize terrain_grid_size(const Bounds& window);

}  // namespace cm
