#pragma once

// The physical inputs render and animate load alike for a planned map: the basemap (with the
// notes its loader has for the user) and the relief heights, read no finer than the page needs.

#include <optional>
#include <string>

#include "geodata/model/basemap.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style.hpp"

namespace cm::cli {

/// @returns the Natural Earth basemap of directory @p dir, or GSHHS when @p dir is empty, cut
/// to @p window. Prints each of the loader's notes on stderr as "campaignmap: note: ...".
/// @throws DataError as the loaders do.
Basemap load_map_basemap(const std::string& dir, const Bounds& window);

/// @returns the heights for @p plan's relief from @p relief ("default": ETOPO5, or a DEM
/// file), at most twice as fine as the page's pixels; nothing when the spec or the style has
/// no relief.
/// @throws DataError as load_elevation() does.
std::optional<ElevationGrid> load_map_relief(const std::string& relief, const MapPlan& plan,
                                             const MapSpec& spec, const Style& style);

}  // namespace cm::cli
