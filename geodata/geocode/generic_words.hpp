#pragma once

// The common nouns that travel with place names in English prose ("the Ili river",
// "Lake Sayram", "the city of Sayram", "Battle of Orbulaq") and what kind of place each
// one announces.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geodata/geocode/words.hpp"
#include "geodata/model/place.hpp"

namespace cm::geocode {

/// A generic word (or phrase) before or after a name, and the place types it admits.
struct GenericWord {
    std::vector<std::string_view> words;  ///< folded
    bool before_name = false;             ///< "Lake X" (true) or "X River" (false)
    std::vector<PlaceType> types;         ///< the kinds of place the phrase names
    /// A strict phrase names only those types ("Lake X" is never the town X); a loose one
    /// only prefers them ("Battle of Turkistan" was fought at the town).
    bool strict = true;
    std::string_view pattern;  ///< how reports name it: "X River", "Lake X"
    /// Whether a gazetteer name with this word is also known without it ("Sayram" of
    /// "Sayram Lake"); not for words that describe more than they name ("Tibetan Plateau"
    /// is no "Tibetan").
    bool gives_core = true;
};

/// Every generic word the geocoder knows.
std::span<const GenericWord> generic_words();

/// @returns the longest phrase of the "Lake X" kind that starts at word @p at, or nullptr.
const GenericWord* generic_before(const std::vector<Word>& words, std::size_t at);
/// @returns the phrase of the "X River" kind that starts at word @p at and is joined to the
/// word before it, or nullptr.
const GenericWord* generic_after(const std::vector<Word>& words, std::size_t at);

/// @returns true when a place of type @p type may be named with @p generic.
bool admits(const GenericWord& generic, PlaceType type);

}  // namespace cm::geocode
