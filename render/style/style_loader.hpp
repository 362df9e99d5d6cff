#pragma once

// Reads a style file (TOML) into a typed Style, strictly: an unknown table or key, a value of
// the wrong kind, a malformed colour or a font family other than Noto Sans / Noto Serif is a
// StyleError naming the file, the key and what was expected. Keys left out keep the
// defaults of style.hpp.

#include <string>

#include "render/install/install_layout.hpp"
#include "render/style/style.hpp"

namespace cm {

/// Parses @p text as the style file @p file_name (used in messages and as the style name).
/// @throws StyleError on the first problem.
Style parse_style(const std::string& text, const std::string& file_name);

/// Reads and parses the file at @p path.
/// @throws StyleError when it cannot be read or is wrong.
Style load_style(const std::string& path);

/// @returns the path of a style given by name ("publication" → styles/publication.toml in
/// @p styles_dir) or by file path (anything containing '/' or ending in ".toml").
std::string resolve_style_path(const std::string& name_or_path,
                               const std::string& styles_dir = cm::styles_dir());

/// @returns the path of a style given by name for the dataset @p data_dir: the first of
/// DATA/styles/NAME.toml and DATA/../styles/NAME.toml (the styles beside the data, as in the
/// source tree and an installed share directory) that exists, else the shipped style.
/// A file path is returned as it is.
std::string resolve_style_for_data(const std::string& name_or_path, const std::string& data_dir);

/// Parses "#rrggbb" or "#rrggbbaa". @returns false when @p text is neither.
bool parse_colour(const std::string& text, Colour& out);

}  // namespace cm
