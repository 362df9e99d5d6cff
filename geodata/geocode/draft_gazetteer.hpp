#pragma once

// `geocode --draft-gazetteer FILE`: the best suggestion for each unresolved name as a
// gazetteer feature, for the historian to review and merge into gazetteer.geojson.

#include <string>

#include "geodata/geocode/geocoding.hpp"

namespace cm::geocode {

/// @returns a GeoJSON FeatureCollection in the gazetteer's format: one feature per distinct
/// unresolved name that has a suggestion (its best), `certainty = "uncertain"`, a note
/// saying where the suggestion came from, the article and section as its source; ids are
/// id_of() the name, unique within the file.
std::string draft_gazetteer_json(const Geocoding& g);

/// @returns @p name as an id: folded letters and digits, words joined by '-'.
std::string slug_of(const std::string& name);

/// @returns the id of a draft feature for @p name: its slug_of(), else (a name in another
/// script: "Шымкент") the slug of its transliterating spelling_key() ("simkent"), else
/// "place". The draft gazetteer makes each unique ("simkent-2").
std::string id_of(const std::string& name);

}  // namespace cm::geocode
