#pragma once

// A polity's land from the border topology: the union of a set of regions as the faces of
// the borders that have one of the regions on one side only. The regions are faces of the
// borders (region_faces.hpp), so this needs no overlay: nothing is noded again, and it
// costs a small part of what GEOS's union of the region polygons does.

#include <vector>

#include "geodata/model/atlas.hpp"

namespace cm {

/// @returns the union of @p parts as valid polygons (empty for no parts), by GEOS.
PolygonGeometry union_of(const std::vector<const PolygonGeometry*>& parts);

/// @returns the union of @p regions as valid polygons, from @p atlas's borders where each of
/// the regions lies on a border's side (Border::left_region, right_region); otherwise (regions
/// not built from the borders) union_of() their geometries.
PolygonGeometry union_of_regions(const Atlas& atlas, const std::vector<const Region*>& regions);

}  // namespace cm
