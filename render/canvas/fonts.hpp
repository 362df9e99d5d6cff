#pragma once

#include <string>

#include "render/install/install_layout.hpp"

namespace cm {

/// Makes fontconfig (and so Pango) use only the fonts named in @p conf_path
/// (styles/fonts.conf), with its cache in $XDG_CACHE_HOME/campaignmap/fontconfig (else
/// ~/.cache/..., else the temporary directory), created if missing. Call before any text is
/// laid out; later calls with the same file do nothing.
/// @throws RenderError when the file cannot be read or names no usable font.
void pin_fonts(const std::string& conf_path = fonts_conf_path());

/// @returns true when fontconfig knows a font of @p family after pinning.
bool font_family_available(const std::string& family);

}  // namespace cm
