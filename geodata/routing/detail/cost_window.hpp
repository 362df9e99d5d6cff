#pragma once

// detail of least_cost_path(): the part of the height grid one leg is searched in, with the
// height each cell may reach before it is penalised and whether it is water.

#include <vector>

#include "geodata/routing/terrain.hpp"

namespace cm::detail {

struct CostWindow {
    const ElevationGrid* grid = nullptr;
    int c0 = 0, r0 = 0;  ///< the window's first column and row in the grid
    int width = 0, height = 0;
    std::vector<float> ceiling_m;    ///< per window cell, row by row
    std::vector<unsigned char> wet;  ///< 1 inside a lake or sea
    std::vector<float> penalty;      ///< per cell: the factor on a step into it (finish())
    std::vector<double> row_km_x;    ///< east-west size of a cell, per row

    int index(int c, int r) const { return r * width + c; }
    float metres(int c, int r) const { return grid->at(c0 + c, r0 + r); }
    LonLat position(int c, int r) const;
    double cell_km_x(int r) const { return row_km_x[static_cast<std::size_t>(r)]; }
    double cell_km_y() const;
    /// @returns the window cell nearest @p p (clamped to the window).
    std::pair<int, int> cell_of(const LonLat& p) const;
};

/// @returns the window around @p from and @p to with ceilings from @p settings.
/// @pre terrain.grid is set
CostWindow cost_window(const Terrain& terrain, const LonLat& from, const LonLat& to,
                       const CostSettings& settings);

/// @returns the hours a step from cell (c, r) to its neighbour (c2, r2) takes: Tobler's
/// hiking function of the slope, times the penalty above the ceiling or for water.
double step_hours(const CostWindow& w, int c, int r, int c2, int r2);

}  // namespace cm::detail
