#pragma once

// The physical inputs render and animate load alike for a planned map: the basemap (with the
// notes its loader has for the user) and the relief heights, read no finer than the page needs.

#include <optional>
#include <string>

#include "geodata/model/basemap.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "geodata/model/water_period.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style.hpp"

namespace cm::cli {

/// @returns the Natural Earth basemap of directory @p dir cut to @p window, its lakes those of
/// @p period. When @p dir is empty: the shipped Natural Earth extract where @p window lies
/// within it, else GSHHS, with a note that says so. Prints each note on stderr as
/// "campaignmap: note: ...".
/// @throws DataError as the loaders do.
Basemap load_map_basemap(const std::string& dir, const Bounds& window, const WaterPeriod& period);

/// @returns the water period of a map of @p atlas whose last year is @p year: the dammed
/// natural lakes of the shipped list (geodata/basemap/dammed_lakes.tsv) with their natural
/// extents from @p atlas's gazetteer.
/// @throws DataError when the list cannot be read.
WaterPeriod water_period_of(const Atlas& atlas, int year);

/// @returns the heights for @p plan's relief from @p relief ("default": ETOPO5, or a DEM
/// file), at most twice as fine as the page's pixels; nothing when the spec or the style has
/// no relief.
/// @throws DataError as load_elevation() does.
std::optional<ElevationGrid> load_map_relief(const std::string& relief, const MapPlan& plan,
                                             const MapSpec& spec, const Style& style);

}  // namespace cm::cli
