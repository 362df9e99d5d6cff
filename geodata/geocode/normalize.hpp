#pragma once

// Text folding for name comparison: how "Ayagöz", "AYAGOZ" and "Ayagoz" become one key.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cm::geocode {

/// Folds a word for comparison: case folded, compatibility-decomposed, combining marks and
/// letter apostrophes (ʻ ʼ ' ’) removed. "Ayagöz" and "AYAGOZ" give "ayagoz";
/// "Yalangtoʻsh" gives "yalangtosh". Marks go in every script: Cyrillic "й" folds to "и",
/// so "Сайрам" and "Саирам" are one name, as "Ayagöz" and "Ayagoz" are.
/// @pre @p utf8 is valid UTF-8.
std::string fold(std::string_view utf8);

/// @returns the byte position of the first byte that is not valid UTF-8 (a NUL byte counts
/// as invalid: articles are text), or nothing when all of @p bytes is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view bytes);

/// @returns the number of code points in @p utf8. @pre @p utf8 is valid UTF-8.
std::size_t count_code_points(std::string_view utf8);

}  // namespace cm::geocode
