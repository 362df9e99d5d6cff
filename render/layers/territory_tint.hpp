#pragma once

// The colour of a territory as the reader sees it: its polity's colour laid at the style's
// fill_opacity over the ground the fill lies on. With relief that ground is the relief's
// neutral grey, without it the basemap's land; on flat land the map shows exactly this
// colour, and the legend's swatch is drawn in it, so the two are computed the same way.

#include <string>

#include "render/canvas/colour.hpp"
#include "render/style/style.hpp"

namespace cm {

/// @returns the ground under the territory fills: the relief's grey when @p relief is drawn,
/// else the basemap's land colour.
Colour territory_ground(const Style& style, bool relief);

/// @returns the opaque colour of @p colour_key's fill on flat ground (polity_colour() at
/// fill_opacity over territory_ground(), blended as Cairo blends the fill).
Colour territory_flat_tint(const Style& style, const std::string& colour_key, bool relief);

}  // namespace cm
