#pragma once

#include <string>

namespace cm {

/// Makes fontconfig (and so Pango) use only the fonts named in @p conf_path
/// (styles/fonts.conf). Call once, before any text is laid out.
/// @throws RenderError when the file cannot be read or names no usable font.
void pin_fonts(const std::string& conf_path = CM_FONTS_CONF);

/// @returns true when fontconfig knows a font of @p family after pinning.
bool font_family_available(const std::string& family);

}  // namespace cm
