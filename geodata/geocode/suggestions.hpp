#pragma once

// Candidate locations for the names the gazetteer lacks, from a reference gazetteer.

#include <string>
#include <vector>

#include "geodata/geocode/geocoding.hpp"
#include "geodata/model/reference_place.hpp"

namespace cm::geocode {

/// Most suggestions kept per name.
inline constexpr std::size_t kMaxSuggestions = 3;

/// Fills each unresolved name's suggestions: reference places one of whose spellings has
/// the name's spelling key (or one letter more, less or other, for keys of six to 32
/// letters), the same key first, then nearest to the middle (median) of the places the name's
/// article names (of all the places @p g resolved when it names none).
void suggest_locations(Geocoding& g, const std::vector<ReferencePlace>& reference);

namespace detail {

/// Longest spelling key compared one letter off; longer keys are compared whole, so that a
/// hostile word costs its length, not its length squared.
inline constexpr std::size_t kMaxFuzzyKey = 32;

/// @returns @p key and, for keys of 6 to kMaxFuzzyKey letters, each of its one-letter
/// deletions: two keys one edit apart share one of them.
std::vector<std::string> fuzzy_keys(const std::string& key);

}  // namespace detail

}  // namespace cm::geocode
