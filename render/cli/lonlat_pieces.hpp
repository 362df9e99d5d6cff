#pragma once

// Loading data for a window that runs past ±180° of longitude (a map across the
// antimeridian): files hold longitudes in -180..180, so such a window is read as its pieces
// on either side of the antimeridian, and what they hold is put together.

#include <functional>
#include <vector>

#include "geodata/model/basemap.hpp"
#include "geodata/model/geometry.hpp"

namespace cm::cli {

/// @returns @p window itself when it lies within -180..180, else its parts on either side of
/// the antimeridian, each within -180..180 (a window more than a turn wide is first cut to
/// the turn around its middle).
std::vector<Bounds> lonlat_pieces(const Bounds& window);

/// @returns whether @p window runs past ±180° of longitude.
bool crosses_antimeridian(const Bounds& window);

/// @returns the basemap @p load reads for each piece of @p window, put together (each credit
/// and note once).
Basemap load_in_pieces(const Bounds& window, const std::function<Basemap(const Bounds&)>& load);

}  // namespace cm::cli
