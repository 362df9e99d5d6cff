#pragma once

// Names that look like places but resolve to none: never silently dropped.

#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/geocoding.hpp"
#include "geodata/geocode/mentions.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {

/// @returns where words @p span of @p article are (section, offset, length in code points).
Sighting sighting_of(const Article& article, const std::vector<Word>& words, Span span);

/// @returns the text of words @p span of @p article, as written.
std::string text_of(const Article& article, const std::vector<Word>& words, Span span);

/// Finds the unresolved place-like names of @p article: names whose generic word admits
/// none of their places, capitalised words that no known name claimed next to a generic
/// word ("X River", "Lake X", "city of X", "Battle of X", "X Mountains", ...), and entries
/// of the infobox's Place: line where nothing resolved.
/// @param words @p article's words; @param found what find_mentions() found in them.
std::vector<Candidate> find_candidates(const Article& article, const std::vector<Word>& words,
                                       const Findings& found);

}  // namespace cm::geocode
