#pragma once

// Finding the gazetteer's names in an article's words: longest match first, generic words
// ("Lake X", "X River", "the city of X") choosing among places of the same name, and
// phrases that are not places (people, peoples) blocking the places inside them.

#include <cstddef>
#include <string_view>
#include <vector>

#include "geodata/geocode/place_index.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode {

/// A phrase of the text, as words [first, end).
struct Span {
    std::size_t first = 0;
    std::size_t end = 0;
};

/// A name resolved to a place.
struct Mention {
    std::size_t place = 0;  ///< index into PlaceIndex::places()
    Span span;              ///< including its generic words ("Lake Sayram")
    /// Empty for a known spelling; else how the spelling differs ("hyphen or space variant").
    std::string_view variant;
};

/// A known name whose generic word admits none of its places ("Lake X" where X is only a
/// town): reported, never resolved to the wrong place.
struct Rejection {
    Span span;
    std::string_view pattern;
};

struct Findings {
    std::vector<Mention> mentions;  ///< in text order
    std::vector<Rejection> rejections;
    std::vector<bool> claimed;  ///< per word: part of a mention, rejection or not-place phrase
};

/// Scans @p words left to right; at each word the longest known phrase wins.
Findings find_mentions(const std::vector<Word>& words, const PlaceIndex& index);

}  // namespace cm::geocode
