#pragma once

// detail of find_candidates: runs of capitalised words that may be a place's name, and the
// rules that keep people, peoples and titles out of them ("Tauke Khan", "the Middle Juz",
// "Dzungar forces").

#include <cstddef>
#include <string_view>
#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/mentions.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::geocode::detail {

/// Capitalised words that start sentences rather than names ("The", "In", "His").
bool is_function_word(const Word& w);

/// @returns the text between words @p i - 1 and @p i ("", ", ", ". ").
std::string_view gap_before(const Article& a, const std::vector<Word>& words, std::size_t i);

/// @returns the run of capitalised, unclaimed, joined words starting at @p at (at most four;
/// empty when word @p at starts none). @p taken marks words already reported.
Span name_run(const std::vector<Word>& words, const std::vector<bool>& taken, std::size_t at);

/// @returns true when @p run names a person, a people or a title rather than a place: it
/// holds or touches a title or people word ("Tauke Khan", "Khan Tauke", "the Middle Juz",
/// "Kazakh forces"), or it is an adjective before a common noun ("Dzungar captivity").
bool names_no_place(const std::vector<Word>& words, Span run);

}  // namespace cm::geocode::detail
