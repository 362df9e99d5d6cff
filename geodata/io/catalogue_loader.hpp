#pragma once

// Reads a message catalogue compiled by msgfmt (GNU .mo format): po/LANG.po becomes
// share/campaignmap/locale/LANG/LC_MESSAGES/campaignmap.mo, in the build tree as when installed.

#include <string>

#include "geodata/model/catalogue.hpp"

namespace cm {

/// @returns the messages of the .mo file @p path as the catalogue of @p language.
/// @throws DataError naming the file when it is missing, not a .mo file, or cut short.
Catalogue load_catalogue(const std::string& path, const std::string& language);

}  // namespace cm
