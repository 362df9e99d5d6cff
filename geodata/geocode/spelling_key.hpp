#pragma once

// A key under which the spellings of one name in different transliterations meet:
// "Shymkent", "Chimkent" and "Шымкент" all give "simkent". For suggesting locations from a
// reference gazetteer, never for resolving a name (two places may share a key).

#include <string>
#include <string_view>

namespace cm::geocode {

/// Folds @p name (see fold()), writes Cyrillic in Latin letters, merges the letters that
/// transliterations render differently (sh/ch/zh/kh/q/c/x/j/w, y and i), drops doubled
/// letters and everything that is not a letter. The descriptive words of a name ("river",
/// "Mts.", "desert", ...) are dropped first. @pre @p name is valid UTF-8.
std::string spelling_key(std::string_view name);

}  // namespace cm::geocode
