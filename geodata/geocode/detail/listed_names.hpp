#pragma once

// detail of find_candidates: place-like names found by the words around them rather than by
// a generic word: lists after place verbs ("captured X, Y and Z"), names after place
// prepositions ("near X", "to X") and each part of an infobox Place entry.

#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/geocoding.hpp"
#include "geodata/geocode/mentions.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode::detail {

/// Appends to @p out the unclaimed names of lists after place verbs, then names after place
/// prepositions, skipping words @p taken marks (and marking those it reports).
void find_by_context(const Article& a, const std::vector<Word>& words, std::vector<bool>& taken,
                     std::vector<Candidate>& out);

/// Appends every run of capitalised words of the infobox's Place: entries in which nothing
/// is taken (known or reported): "near Karasu by the Orbulaq River" gives "Karasu".
void find_infobox_parts(const Article& a, const std::vector<Word>& words, std::vector<bool>& taken,
                        std::vector<Candidate>& out);

}  // namespace cm::geocode::detail
