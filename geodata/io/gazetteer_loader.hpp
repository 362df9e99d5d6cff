#pragma once

#include <string>
#include <vector>

#include "geodata/model/place.hpp"

namespace cm {

/// Reads a gazetteer (GeoJSON, one feature per place; see DESIGN.md).
/// Strict: unknown properties, missing fields, unknown types, empty or NaN geometry and
/// geometry of the wrong kind for the place type are errors. Problems between places
/// (duplicate ids, shared names, invalid polygons) are left to check_gazetteer(), so that
/// `check` can report all of them.
/// @throws DataError naming @p path, the feature (id or index) and what is wrong.
std::vector<Place> load_gazetteer(const std::string& path);

}  // namespace cm
