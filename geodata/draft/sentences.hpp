#pragma once

// An article as the drafter reads it: sentences, each with its section, the years it names
// and the year its section gives it when it names none.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/words.hpp"

namespace cm::draft {

struct Sentence {
    std::size_t first_word = 0;  ///< words [first_word, end_word) of the article
    std::size_t end_word = 0;
    std::size_t offset = 0;  ///< code points from the start of the article
    std::size_t end_offset = 0;
    std::string section;
    /// The years the sentence names, with the word that names each, in text order.
    std::vector<std::pair<std::size_t, int>> years;
    /// For a sentence that names none: the last year named before it in its section, else
    /// the first year named after it there; nothing when the section names none.
    std::optional<int> context_year;
};

/// Splits @p article into sentences at '.', '!', '?' and line breaks. The infobox is skipped.
std::vector<Sentence> split_sentences(const geocode::Article& article,
                                      const std::vector<geocode::Word>& words);

/// @returns the year of an action told by word @p action of @p s: the first year the
/// sentence names after that word ("In 1640 ... captured ... in 1643" gives 1643), else the
/// last it names before it, else the year of the section's context.
std::optional<int> year_of_action(const Sentence& s, std::size_t action);

/// @returns the year a word spells (1000 to 2100), or nothing.
std::optional<int> year_of(const geocode::Word& w);

}  // namespace cm::draft
