#pragma once

// The geocoder: articles in, the places they name (and the names it could not place) out.
// Plain functions with no output of their own, so a benchmark can time them directly.

#include <string>
#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/geocoding.hpp"
#include "geodata/geocode/place_index.hpp"

namespace cm::geocode {

/// Finds every mention of a gazetteer place in @p articles, and every unresolved
/// place-like name.
Geocoding geocode(const std::vector<Article>& articles, const PlaceIndex& index);

/// Reads the article files @p paths and geocodes them.
/// @throws DataError when an article is unreadable, empty or not UTF-8.
Geocoding geocode_files(const std::vector<std::string>& paths, const PlaceIndex& index);

}  // namespace cm::geocode
