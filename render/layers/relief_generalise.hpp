#pragma once

// The resampling steps of the relief layer, kept apart from the shading: smoothing the source
// heights, sampling them at a lon/lat, and bringing a coarse raster (the DEM's own resolution
// on the page) up to the output resolution with a cubic: Catmull-Rom, which passes through the
// data (no blur beyond the data's, no staircase), or a B-spline, which also smooths.

#include <vector>

#include "geodata/model/elevation_grid.hpp"
#include "geodata/model/geometry.hpp"

namespace cm::relief {

/// @returns @p grid averaged over a (2r+1)² window, twice (close to a Gaussian), so that the
/// source's 1° compilation tiles and single-cell noise do not show in the shading.
ElevationGrid smooth(const ElevationGrid& grid, int radius_cells);

/// @returns the height at @p p interpolated bilinearly between cell centres, or NaN outside
/// the grid. A longitude 360° away from the grid is brought back to it.
float sample_height(const ElevationGrid& grid, const LonLat& p);

/// A raster of heights (row 0 at the top), the coarse stage of generalisation.
struct HeightRaster {
    int width = 0;
    int height = 0;
    std::vector<float> metres;
};

/// The cubic an upsampler uses.
enum class Cubic {
    /// interpolating: through every coarse value, continuous slopes, and never beyond the
    /// range of the four coarse values around a pixel in each direction (no ringing)
    catmull_rom,
    bspline,  ///< approximating: smoother, never overshoots, softens by about a cell
};

/// Upsamples a coarse raster by @p scale (output pixels per coarse cell) one output row at a
/// time, so a print-size relief never holds its heights at full size in memory.
class CubicUpsampler {
  public:
    /// @param coarse cell (i, j) has its centre at output pixel ((i + 0.5) * scale,
    /// (j + 0.5) * scale). @pre scale >= 1
    CubicUpsampler(const HeightRaster& coarse, double scale, int width_px, int height_px,
                   Cubic cubic = Cubic::bspline);

    /// Writes the heights of output row @p y (width_px values) into @p out.
    void row(int y, float* out) const;

  private:
    HeightRaster m_wide;  // coarse rows, already upsampled horizontally to width_px
    double m_scale = 1.0;
    Cubic m_cubic = Cubic::bspline;
    [[maybe_unused]] int m_height_px = 0;  // read only by the row bounds assertion
};

}  // namespace cm::relief
