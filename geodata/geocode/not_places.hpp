#pragma once

// The list of phrases that are never places: people and peoples whose names hold or equal
// place names ("Galdan", "Baraba Tatars", "Khalkha Mongols"). A data file, one phrase a line.

#include <string>
#include <vector>

namespace cm::geocode {

/// Reads a not-places file: one phrase per line; blank lines and lines starting with '#'
/// are skipped; spaces around a phrase are ignored.
/// @throws DataError naming @p path when it is unreadable or not UTF-8.
std::vector<std::string> load_not_places(const std::string& path);

}  // namespace cm::geocode
