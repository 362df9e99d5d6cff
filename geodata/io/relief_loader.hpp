#pragma once

// Reading ground heights for the relief layer with GDAL: ETOPO5 as the ferret package ships it
// (netCDF variable ROSE, no CRS, longitudes 0..360, rows reaching past the poles) or any DEM
// GDAL can open in geographic coordinates. Only the window is read, and no finer than asked.

#include <string>

#include "geodata/model/elevation_grid.hpp"
#include "geodata/model/geometry.hpp"

namespace cm {

/// @returns the ETOPO5 file installed by the Debian package ferret-datasets.
std::string default_relief_path();

/// Reads the heights of @p window (plus one cell on each side) from @p path. A file without a
/// CRS is taken as EPSG:4326; longitudes given as 0..360 are handled, also across 0°/360°.
/// A source finer than @p most (zero: no limit) is read coarser, each cell the average of the
/// source cells it covers, alike in both directions: from the file's overviews where it has
/// them, else decimated as it is read, so a large DEM costs the memory of the grid returned.
/// @post grid.width <= max(most.columns, 2) and grid.height <= max(most.rows, 2) where set.
/// @throws DataError naming @p path when it cannot be opened or read, or does not cover the
/// window.
ElevationGrid load_elevation(const std::string& path, const Bounds& window,
                             const GridSize& most = {});

}  // namespace cm
