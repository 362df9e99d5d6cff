#pragma once

// The land a campaign leg crosses: ground heights, the passes where high ranges may be
// crossed, and the lakes and seas armies go around.

#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/model/elevation_grid.hpp"

namespace cm {

struct Terrain {
    const ElevationGrid* grid = nullptr;  ///< nullptr: no heights, legs run straight
    std::vector<LonLat> passes;
    std::vector<PolygonGeometry> waters;
};

/// How a path weighs the land (GRASS r.walk / Tobler's hiking function, plus a ceiling).
struct CostSettings {
    /// Height above the higher end of a leg (or a pass near the cell) past which every 100 m
    /// multiplies the cost of a step by 1 + (excess / 100 m)³.
    double climb_allowance_m = 150.0;
    double pass_radius_km = 25.0;       ///< cells this near a pass may reach its height
    double water_factor = 40.0;         ///< cost of a step into a lake or sea, times a dry one's
    double window_margin_deg = 2.0;     ///< the search window: the leg's box grown by this...
    double window_margin_share = 0.35;  ///< ...or by this share of its larger side
};

/// @returns the passes, lakes and seas of @p atlas with the heights @p grid (may be null).
Terrain terrain_of(const Atlas& atlas, const ElevationGrid* grid);

/// @returns the height at @p p, bilinear between cell centres, clamped to the grid's edge.
/// @pre grid has at least one cell
double height_at(const ElevationGrid& grid, const LonLat& p);

}  // namespace cm
