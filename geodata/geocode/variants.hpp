#pragma once

// Spellings of a known name that the exact lookup misses: hyphens and spaces placed
// otherwise ("Kara-Tau", "Kara Tau", "Karatau") and, before "river", one vowel changed
// ("Tolas river" for the Talas). Resolved, with a note in the report.

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "geodata/geocode/mentions.hpp"
#include "geodata/geocode/place_index.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {

/// A known name found in another spelling.
struct VariantMatch {
    Span span;  ///< the name as written, without its generic word
    std::vector<const IndexedName*> names;
    std::string_view why;  ///< "hyphen or space variant", "one-vowel variant"
};

/// @returns the variant of a known name starting at capitalised word @p at, or nothing.
std::optional<VariantMatch> variant_at(const std::vector<Word>& words, std::size_t at,
                                       const PlaceIndex& index);

}  // namespace cm::geocode
