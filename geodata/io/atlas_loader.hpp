#pragma once

#include <string>

#include "geodata/model/atlas.hpp"

namespace cm {

/// Loads everything in a data directory: gazetteer.geojson and history/.
/// @throws DataError naming the file and record at fault.
Atlas load_atlas(const std::string& data_dir);

}  // namespace cm
