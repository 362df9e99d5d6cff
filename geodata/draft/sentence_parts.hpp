#pragma once

// What one sentence names besides its action: the polities (sides) and the titled people
// (commanders).

#include <string>
#include <vector>

#include "geodata/draft/sentences.hpp"
#include "geodata/geocode/words.hpp"
#include "geodata/model/polity.hpp"

namespace cm::draft {

/// @returns the ids of @p polities whose name or a variant the sentence holds, in the order
/// of their first mention.
std::vector<std::string> sides_in(const std::vector<geocode::Word>& words, const Sentence& s,
                                  const std::vector<Polity>& polities);

/// @returns the titled names of the sentence as written ("Bolat Khan", "Dorji Batur"); a
/// title with only a polity's word ("Kazakh Khan", "Dzungar Khong Tayiji") names nobody.
std::vector<std::string> commanders_in(const std::string& text,
                                       const std::vector<geocode::Word>& words, const Sentence& s,
                                       const std::vector<Polity>& polities);

}  // namespace cm::draft
