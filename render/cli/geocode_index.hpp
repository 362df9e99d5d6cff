#pragma once

// The geocoder's index of a dataset, shared by `geocode` and `draft`.

#include <string>

#include "geodata/geocode/place_index.hpp"

namespace cm::cli {

/// The gazetteer of @p data_dir and, when the dataset has one, its list of names that are
/// not places (geocode/not_places.txt).
geocode::PlaceIndex load_index(const std::string& data_dir);

}  // namespace cm::cli
