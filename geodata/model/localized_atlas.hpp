#pragma once

// The atlas in one language: every name a map draws (places, polities, regions, events, wars)
// replaced by its name in that language, so the renderer lays out and places the text it will
// draw. A name is chosen by name_in(): the record's label (labels.toml), else for an event
// named by a pattern ("Battle of Orbulaq") the catalogue's pattern filled with the place's
// name in that language, else the English name, which is then listed as missing.

#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/model/catalogue.hpp"

namespace cm {

/// One record's name in one language, and whether it fell back to English.
struct LocalName {
    std::string text;
    bool fallback = false;
};

/// @returns the name of record (@p kind, @p id), whose English name is @p english, in the
/// language of @p catalogue. English is always its own name.
LocalName name_in(const Atlas& atlas, const Catalogue& catalogue, NamedKind kind,
                  const std::string& id, const std::string& english);

/// @returns @p atlas with the names in the language of @p catalogue; @p missing (when given)
/// receives "kind 'id' (English name)" for each name that fell back to English.
Atlas localized_atlas(const Atlas& atlas, const Catalogue& catalogue,
                      std::vector<std::string>* missing = nullptr);

}  // namespace cm
