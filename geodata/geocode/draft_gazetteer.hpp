#pragma once

// `geocode --draft-gazetteer FILE`: the best suggestion for each unresolved name as a
// gazetteer feature, for the historian to review and merge into gazetteer.geojson.

#include <string>

#include "geodata/geocode/geocoding.hpp"

namespace cm::geocode {

/// @returns a GeoJSON FeatureCollection in the gazetteer's format: one feature per distinct
/// unresolved name that has a suggestion (its best), `certainty = "uncertain"`, a note
/// saying where the suggestion came from, the article and section as its source.
std::string draft_gazetteer_json(const Geocoding& g);

/// @returns @p name as an id: folded letters and digits, words joined by '-'.
std::string slug_of(const std::string& name);

}  // namespace cm::geocode
