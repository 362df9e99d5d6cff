#pragma once

// Loading the physical basemap, cut to a window with OGR: GSHHS shorelines as shipped by the
// Debian package python-cartopy-data (land = level 1, lakes = level 2), or a Natural Earth
// directory (land, lakes, rivers): the extract the project ships or a user's own.

#include <string>

#include "geodata/model/basemap.hpp"
#include "geodata/model/geometry.hpp"
#include "geodata/model/water_period.hpp"

namespace cm {

/// GSHHS resolutions, coarse to fine: c, l, i, h, f.
enum class GshhsResolution { crude, low, intermediate, high, full };

/// @returns the GSHHS directory installed by python-cartopy-data.
std::string default_gshhs_dir();

/// @returns the resolution suited to a map at 1:@p scale_denominator (crude beyond 1:30M,
/// low to 1:10M, intermediate to 1:3M, high to 1:1M, then full).
GshhsResolution gshhs_resolution_for(double scale_denominator);

/// Reads land (L1) and lakes (L2) cut to @p window. When a level is not installed at
/// @p resolution, the nearest installed one is used (coarser first).
/// @throws DataError naming the directory when no land file exists at any resolution, or a
/// file cannot be read.
Basemap load_gshhs(const std::string& dir, const Bounds& window,
                   GshhsResolution resolution = GshhsResolution::low);

/// Reads ne_10m_land, ne_10m_lakes, ne_10m_lakes_historic and ne_10m_rivers_lake_centerlines
/// (.fgb, .shp or .geojson) from @p dir, cut to @p window; river names are trimmed and their
/// inner spaces collapsed, rank is scalerank. The lakes are those of @p period
/// (geodata/model/water_period.hpp). Lakes and rivers are optional; land is required.
/// @throws DataError naming the file when one cannot be read or land is missing.
Basemap load_natural_earth(const std::string& dir, const Bounds& window,
                           const WaterPeriod& period = {});

/// @returns the window the shipped Natural Earth extract covers (geodata/basemap/, made by
/// make_extract.sh): 35..125 E, 20..65 N.
Bounds natural_earth_extract_window();

}  // namespace cm
