#pragma once

// Candidate locations for the names the gazetteer lacks, from a reference gazetteer.

#include <vector>

#include "geodata/geocode/geocoding.hpp"
#include "geodata/model/reference_place.hpp"

namespace cm::geocode {

/// Most suggestions kept per name.
inline constexpr std::size_t kMaxSuggestions = 3;

/// Fills each unresolved name's suggestions: reference places one of whose spellings has
/// the name's spelling key (or one letter more, less or other, for keys of six letters or
/// more), the same key first, then nearest to the middle (median) of the places the name's
/// article names (of all the places @p g resolved when it names none).
void suggest_locations(Geocoding& g, const std::vector<ReferencePlace>& reference);

/// @returns the great-circle distance between @p a and @p b in km.
double distance_km(LonLat a, LonLat b);

}  // namespace cm::geocode
