#pragma once

// An article as a sequence of words: where each one is, and its folded form.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cm::geocode {

/// One word of a text: letters and digits, with apostrophes inside ("Yalangtoʻsh") but
/// without a possessive "'s" ("Galdan's" is the word "Galdan").
struct Word {
    std::string folded;          ///< see fold()
    std::size_t byte_begin = 0;  ///< in the text
    std::size_t byte_end = 0;
    std::size_t offset = 0;  ///< code points from the start of the text
    bool capitalized = false;
    /// Only spaces or hyphens separate it from the previous word, so both can belong to one
    /// name ("Syr Darya", "Issyk-Kul"); a comma, a dash or a line break cannot.
    bool joined = false;
};

/// Most words a name runs to, a place's ("Upper Syr Darya valley") or a person's ("Erdeni
/// Batur Khong Taiji"): a longer capitalised run is not read as one name.
inline constexpr std::size_t kMaxNameWords = 4;

/// Splits @p text into words. @pre @p text is valid UTF-8.
std::vector<Word> split_words(std::string_view text);

/// @returns true when words [first, last) follow each other inside one name.
bool joined_run(const std::vector<Word>& words, std::size_t first, std::size_t last);

}  // namespace cm::geocode
