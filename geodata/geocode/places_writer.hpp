#pragma once

// Writes the places dataset (geodata/places.geojson and friends): one feature per place
// an article names, with the gazetteer's id, names and geometry, the number of mentions
// and where each is (article, section, offset) — never the articles' text.

#include <string>
#include <vector>

#include "geodata/geocode/geocoding.hpp"
#include "geodata/io/vector_output.hpp"

namespace cm {

/// Writes @p places to @p path as @p format (vector_output.hpp: built in memory, written
/// atomically, or to standard output for "-"): on any failure the previous file (or none)
/// remains. Fields: id, name, names, type, certainty, mention_count, mentions (a JSON array
/// of {article, section, offset, length}).
/// @throws OutputError naming @p path (unwritable directory, GDAL error, failed write).
void write_places(const std::vector<geocode::PlaceMentions>& places, const std::string& path,
                  VectorFormat format);

/// As above, in the format @p path's extension asks for (GeoJSON for "-").
/// @throws OutputError naming @p path for an unknown extension, as above otherwise.
void write_places(const std::vector<geocode::PlaceMentions>& places, const std::string& path);

}  // namespace cm
