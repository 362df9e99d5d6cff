#pragma once

// A message catalogue: the interface words of one language (legend, title, credits, scale
// bar, timeline), compiled from po/LANG.po by msgfmt, as gettext does. English is the empty
// catalogue: every word is its own msgid.

#include <map>
#include <string>
#include <string_view>

namespace cm {

struct Catalogue {
    std::string language = "en";  ///< the language tag: "en", "ru", "kk"
    /// msgid to msgstr; a message with a context is "context\x04msgid", as in a .mo file.
    std::map<std::string, std::string, std::less<>> messages;
};

/// @returns the translation of @p msgid in @p catalogue, or nullptr when it has none.
const std::string* translation_of(const Catalogue& catalogue, std::string_view msgid);

}  // namespace cm
