#pragma once

// The credits under the map: the relief, the basemap's sources, the gazetteer, the articles
// by title, the other works cited ("References: ..."), and the projection, set on one line,
// or wrapped onto up to kCreditsMaxLines and shrunk (down to kCreditsMinScale of the style's
// size) until they fit between the map frame and the page's bottom margin.

#include <cstddef>
#include <string>
#include <vector>

#include "render/display/canvas.hpp"
#include "render/labels/label.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// The smallest share of the style's credits size the credits are shrunk to.
inline constexpr double kCreditsMinScale = 0.75;
/// The most lines the credits take.
inline constexpr std::size_t kCreditsMaxLines = 3;

/// The credits as set on a page: their lines, the font (the style's, perhaps shrunk), and the
/// box the lines' logical extents fill, in page points.
struct CreditsBlock {
    std::vector<std::string> lines;
    LabelFont font;
    double line_pt = 0.0;  ///< the distance from one line's top to the next's
    PageBox box;
};

/// @returns the parts of the credits, in order ("Relief: ETOPO5 (NOAA NGDC)", ...).
std::vector<std::string> credits_parts(const PageMap& map);

/// Sets the credits for @p map: one line at the style's size if it fits the frame's width and
/// the room under the frame, else more lines (up to kCreditsMaxLines), then smaller sizes down
/// to kCreditsMinScale.
CreditsBlock set_credits(const Canvas& cr, const PageMap& map, const Style& style);

}  // namespace cm
