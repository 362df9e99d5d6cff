#pragma once

// The SVG writer: a DisplayList as an SVG 1.1 file an editor can work with. One top-level
// group per layer, marked as an Inkscape layer; every feature's elements with a class naming
// its kind (place, river, polity, region, event, route...) and an id holding its data id;
// text as <text> in the style's fonts (Noto Sans, Noto Serif), halos as <use> of the same text
// stroked, so a name is written once; a name along a river as a group of its letters, each a
// <text> placed and turned by its transform; the relief as one PNG image, embedded or in a
// file beside.

#include <cstdint>
#include <string>
#include <vector>

#include "render/display/display_list.hpp"

namespace cm {

struct SvgOptions {
    /// Empty: the relief is embedded as a data: URI. Else the reference (relative to the SVG)
    /// of the PNG file the caller writes from SvgFile::relief_png.
    std::string relief_href;
};

struct SvgFile {
    std::string svg;
    std::vector<std::uint8_t> relief_png;  ///< the relief's PNG when linked; else empty
};

/// @returns @p list as an SVG document, its page @p list's size in millimetres.
SvgFile write_svg(const DisplayList& list, const SvgOptions& options = {});

}  // namespace cm
