#pragma once

// Inverse projection for rasters: every pixel of a map needs its longitude and latitude, but
// one PROJ call per pixel is far too slow at print resolution. A mesh inverse-projects every
// step-th pixel in one batch and interpolates bilinearly between them, which is exact to a
// small fraction of a pixel for the smooth projections of regional maps.

#include <optional>
#include <vector>

#include "geodata/model/geometry.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"

namespace cm {

/// Lon/lat at pixel centres (x + 0.5, y + 0.5) of a raster covering frame.map_box.
class LonLatMesh {
  public:
    /// @param width_px, height_px the raster's size; @param step_px the mesh spacing.
    /// @pre step_px >= 1
    LonLatMesh(const Projection& projection, const PageFrame& frame, int width_px, int height_px,
               int step_px);

    /// @returns the interpolated lon/lat at raster position (@p x, @p y) (pixel units, 0 at the
    /// raster's top-left corner), or nothing where a surrounding mesh node lies outside the
    /// projection's domain.
    std::optional<LonLat> at(double x, double y) const;

  private:
    /// Takes every longitude within half a turn of the mesh middle's.
    void unwrap_longitudes();

    int m_columns = 0;
    int m_rows = 0;
    double m_step = 1.0;
    std::vector<double> m_lon;
    std::vector<double> m_lat;
};

}  // namespace cm
