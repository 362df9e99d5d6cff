#pragma once

// Reads the reference gazetteer from a directory holding the Natural Earth extract
// (ne_10m_populated_places, ne_10m_geography_regions_polys and
// ne_10m_geography_regions_elevation_points, as .fgb).

#include <string>
#include <vector>

#include "geodata/model/reference_place.hpp"

namespace cm {

/// @returns the reference places of @p dir, layers that are absent skipped (none at all when
/// the directory holds none of them); features with a NaN or infinite coordinate are skipped.
/// @throws DataError when a layer that exists cannot be read.
std::vector<ReferencePlace> load_reference_places(const std::string& dir);

}  // namespace cm
