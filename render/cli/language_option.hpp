#pragma once

// `--lang en|ru|kk` of render and animate: the atlas's names in that language (labels.toml)
// and the interface words from its catalogue (po/LANG.po, compiled into
// share/campaignmap/locale/LANG/LC_MESSAGES/campaignmap.mo).

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "geodata/model/atlas.hpp"
#include "geodata/model/catalogue.hpp"

namespace cm::cli {

/// Adds `--lang` (default en) to @p sub.
void add_language_option(CLI::App& sub, std::string& language);

/// @returns the languages of a `--lang` list ("en,ru,kk"), English first (added when the list
/// lacks it: it is a multilingual map's default), each once; one language for a plain tag.
/// @throws UsageError for an empty entry, a language given twice or one catalogue_for() refuses.
std::vector<std::string> language_list(const std::string& option);

/// @returns the catalogue of @p language: empty for English, else its installed .mo file.
/// @throws UsageError when @p language is not a language tag or has no catalogue.
Catalogue catalogue_for(const std::string& language);

/// Installs the catalogue of @p language for the interface words and returns @p atlas with
/// its names in that language; @p missing receives the names that fell back to English.
Atlas atlas_in_language(const Atlas& atlas, const std::string& language,
                        std::vector<std::string>& missing);

/// With --verbose: prints each name and interface word drawn in English instead of the
/// language asked for.
void report_fallbacks(const std::string& language, const std::vector<std::string>& missing);

/// For `check`: prints, for each language of labels.toml or of an installed catalogue, how
/// many names of @p atlas a map in that language draws in English.
void report_missing_names(const Atlas& atlas);

}  // namespace cm::cli
