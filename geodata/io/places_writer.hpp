#pragma once

// Writes the places dataset (geodata/places.geojson and friends): one feature per place
// an article names, with the gazetteer's id, names and geometry, the number of mentions
// and where each is (article, section, offset) — never the articles' text.

#include <string>
#include <vector>

#include "geodata/geocode/geocoding.hpp"

namespace cm {

/// @returns the GDAL driver for @p path's extension: .geojson/.json (GeoJSON, RFC 7946),
/// .gpkg (GeoPackage), .csv (CSV with WKT geometry).
/// @throws OutputError naming @p path for any other extension.
std::string places_driver_for(const std::string& path);

/// Writes @p places to @p path in the format its extension asks for, atomically: on any
/// failure the previous file (or none) remains.
/// Fields: id, name, names, type, certainty, mention_count, mentions (a JSON array of
/// {article, section, offset, length}).
/// @throws OutputError naming @p path (unknown extension, unwritable directory, GDAL error).
void write_places(const std::vector<geocode::PlaceMentions>& places, const std::string& path);

}  // namespace cm
