#pragma once

// Strings in the JSON and TOML files campaignmap writes (geocode reports, draft gazetteers,
// drafted history): one quoting for both, since a JSON string escaped this way is also a
// TOML basic string.

#include <string>

namespace cm {

/// @returns @p text in double quotes, '"' and '\' escaped with '\', control characters
/// (U+0000 to U+001F and U+007F, which TOML forbids raw) as \u00XX. @p text is UTF-8.
std::string quoted(const std::string& text);

}  // namespace cm
