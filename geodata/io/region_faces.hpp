#pragma once

// Regions from borders (see DESIGN.md, Data): the border segments are polygonised (GEOS,
// through OGR) into faces, and each region is the face that holds its point. Run once when
// a history is loaded; check_history reports what does not fit (dangling ends, crossings
// without a node, faces with no region point or with two).

#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// An end of a `follows` border farther than this from its feature's line is a mistake, not a
/// snap: the border keeps its own vertices and check_history reports it.
constexpr double kFollowsSnapKm = 10.0;

/// Moves each border that `follows` a gazetteer line onto that line: its two ends go to the
/// line's nearest vertices, with every other border that ends at the same position, and the
/// border takes the line's vertices between them. Borders whose feature is unknown or not a
/// line, or whose ends lie farther than kFollowsSnapKm from it, keep their own vertices
/// (check_history reports them).
/// @post Border::follows_moved_km says how far its ends were from the line.
void follow_features(std::vector<Border>& borders, const std::vector<Place>& places);

/// @returns the faces the border lines enclose, as GEOS polygonises them.
std::vector<Polygon> border_faces(const std::vector<Border>& borders);

/// Sets the atlas's faces to border_faces(), each region's geometry to the face holding its
/// point (empty when none does; a face goes to the first region whose point it holds) and each
/// border's left and right regions.
void build_regions(Atlas& atlas);

}  // namespace cm
