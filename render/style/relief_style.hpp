#pragma once

// How the relief is shaded and tinted: the style's `relief` table (render/layers/relief.hpp
// draws it).

#include <vector>

#include "render/canvas/colour.hpp"

namespace cm {

/// A height and the tint at that height; tints between stops are interpolated linearly.
struct TintStop {
    double metres = 0.0;
    Colour colour;
};

struct ReliefStyle {
    /// Direction the light comes from, degrees clockwise from north (315 = north-west).
    double light_azimuth_deg = 315.0;
    /// Height of the light above the horizon, degrees.
    double light_altitude_deg = 45.0;
    /// Vertical exaggeration of the terrain for shading.
    double z_factor = 3.0;
    /// Light from several directions around light_azimuth_deg (softer, no dark north slopes).
    bool multidirectional = true;
    /// Tint stops by height, ascending. Land below sea level (the Caspian depression) is
    /// tinted by the stops too; only heights below sea_floor_below_m take `water`.
    std::vector<TintStop> tint = {
        {-500.0, {0.66, 0.78, 0.62, 1.0}}, {0.0, {0.69, 0.80, 0.64, 1.0}},
        {200.0, {0.78, 0.85, 0.67, 1.0}},  {500.0, {0.90, 0.89, 0.72, 1.0}},
        {1000.0, {0.91, 0.83, 0.66, 1.0}}, {2000.0, {0.83, 0.71, 0.57, 1.0}},
        {3000.0, {0.74, 0.64, 0.56, 1.0}}, {4500.0, {0.86, 0.83, 0.81, 1.0}},
        {6000.0, {0.97, 0.97, 0.97, 1.0}}};
    /// Colour of open water in the relief (heights below sea_floor_below_m).
    Colour water = {0.72, 0.83, 0.91, 1.0};
    /// Heights below this are open water. ETOPO5 gives the Caspian a flat -30 m (its surface,
    /// not its bed), so the default is just above that; the basemap's water is drawn over it.
    double sea_floor_below_m = -29.0;
    /// How strongly the shade darkens the tint, 0 (tint only) .. 1.
    double hillshade_opacity = 0.6;
    /// false: a neutral grey hillshade (`grey` at every height) for territory tints to lie
    /// on, instead of the hypsometric tint.
    bool hypsometric_tint = true;
    Colour grey = {0.88, 0.88, 0.87, 1.0};
    /// false: the shade only darkens; slopes facing the light keep the flat ground's colour,
    /// so the lights stay the ground's (the paper's) and only the shadows draw the ranges.
    bool highlights = true;
    /// The shade is computed on coarse cells of at least 1 / generalise_fraction output
    /// pixels and brought to the page with an interpolating cubic (Catmull-Rom); 1 keeps the
    /// full resolution of the page.
    double generalise_fraction = 1.0;
    /// ...and a coarse cell spans at least this many source cells: the DEM's own resolution.
    double coarse_cell_min_source_cells = 1.0;
    /// The source is always averaged over at least this radius, in its own cells (0: none;
    /// 1 softens a stepped source such as ETOPO5's 1000-ft contours).
    int smoothing_min_cells = 0;
};

}  // namespace cm
