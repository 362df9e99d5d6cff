#pragma once

// Where campaignmap finds what it ships beside its binary: the styles, the font
// configuration, the default data and the encoder module. The build tree and an installed
// prefix have the same layout, found from the running executable's own path, so no absolute
// path is compiled in and an installed copy never reaches back into the build or source tree:
//
//   PREFIX/bin/campaignmap                     build/render/campaignmap
//   PREFIX/lib/campaignmap/libcm_encoders.so   build/lib/campaignmap/libcm_encoders.so
//   PREFIX/share/campaignmap/styles/           build/share/campaignmap/styles  -> source styles/
//   PREFIX/share/campaignmap/geodata/          build/share/campaignmap/geodata -> source geodata/
//   PREFIX/share/campaignmap/geodata/basemap/  (the Natural Earth extract, *.fgb)

#include <string>

namespace cm {

/// @returns the nearest `share/campaignmap` directory one or two levels above the directory
/// of the running executable (a binary in `bin/`, `render/` or `tests/fuzz/` finds its own).
/// @throws RenderError when there is none: the installation is incomplete.
const std::string& share_dir();

/// @returns share_dir()/styles: the styles that `--style NAME` names.
std::string styles_dir();

/// @returns share_dir()/styles/fonts.conf: the pinned fonts.
std::string fonts_conf_path();

/// @returns share_dir()/geodata: the data `--data` defaults to.
std::string default_data_dir();

/// @returns share_dir()/geodata/basemap: the shipped Natural Earth extract, the default basemap
/// and the reference gazetteer of `geocode`'s suggestions.
std::string basemap_extract_dir();

/// @returns PREFIX/lib/campaignmap/libcm_encoders.so, PREFIX being share_dir()'s grandparent.
std::string encoders_module_path();

}  // namespace cm
