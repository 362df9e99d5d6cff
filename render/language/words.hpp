#pragma once

// The interface words of a map (legend, title, credits, scale bar, graticule, timeline) in the
// language asked for. As with gettext's textdomain, the program installs one catalogue before
// it draws, and every word drawn is written tr("Battle"); xgettext extracts those into
// po/campaignmap.pot (po/README.md). A word the catalogue lacks is drawn in English and
// listed by untranslated_words(), which `--verbose` prints.

#include <string>
#include <string_view>
#include <vector>

#include "geodata/model/catalogue.hpp"

namespace cm {

/// @returns @p msgid in the language of @p catalogue, or @p msgid itself when it has no
/// translation. Pure: a writer of several languages calls it once per language.
std::string translate(const Catalogue& catalogue, std::string_view msgid);

/// @returns @p pattern with its first "%s" replaced by @p value (patterns are translated
/// whole, so a language puts the value where its grammar wants it).
std::string fill_pattern(std::string_view pattern, std::string_view value);

/// Installs @p catalogue for every later tr(), and forgets the words listed as missing.
/// @pre no drawing is under way (frames read the catalogue from several threads).
void use_catalogue(Catalogue catalogue);

/// @returns the installed catalogue (English before use_catalogue()).
const Catalogue& interface_catalogue();

/// @returns @p msgid in the installed catalogue's language; notes it when untranslated.
std::string tr(const char* msgid);

/// @returns the msgids tr() drew in English since use_catalogue(), sorted, each once;
/// none for English.
std::vector<std::string> untranslated_words();

}  // namespace cm
