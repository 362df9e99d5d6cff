#pragma once

// The courses of campaign legs, computed once per run: a leg whose source gives the road is
// drawn as given, one with via points through them, and one with only its ends along the
// least-cost way over the land between the edges of its places.

#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/model/course.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "geodata/routing/terrain.hpp"

namespace cm {

/// A leg's way before the page's scale is known: as given, through its via points, or (an
/// inferred leg) its least-cost path over the terrain, ungeneralised.
struct RoutedLeg {
    std::string key;  ///< course_key()
    CourseKind kind = CourseKind::inferred;
    std::vector<LonLat> line;
};

/// @returns every leg of @p atlas whose years overlap @p years routed over @p terrain, each
/// distinct set of inputs once, in the order of the data; legs with an unknown place left out.
/// The costly part of route_courses(), and the same on every page.
std::vector<RoutedLeg> route_legs(const Atlas& atlas, const YearRange& years,
                                  const Terrain& terrain);

/// @returns the courses of @p legs at the page's scale: inferred ones generalised to bends of
/// @p generalise_km at least, and those within @p generalise_km of an earlier leg's sharing
/// its line there (bundle_courses()); with heights, the room beside each inferred course.
CourseTable courses_of(const std::vector<RoutedLeg>& legs, const Terrain& terrain,
                       double generalise_km);

/// @returns courses_of() route_legs(): the courses of every leg of @p atlas whose years
/// overlap @p years.
CourseTable route_courses(const Atlas& atlas, const YearRange& years, const Terrain& terrain,
                          double generalise_km);

/// @returns the lon/lat box of every leg within @p years, its ends and via places, grown by
/// the search margin of CostSettings: where route_courses() needs heights. Empty: no legs.
Bounds terrain_window(const Atlas& atlas, const YearRange& years);

/// @returns the grid size for @p window with cells of 1/6° (ETOPO5's 1/12°, two by two), so a leg's
/// course is the same whatever the page.
GridSize terrain_grid_size(const Bounds& window);

}  // namespace cm
