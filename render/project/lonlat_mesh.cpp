#include "render/project/lonlat_mesh.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace cm {

LonLatMesh::LonLatMesh(const Projection& projection, const PageFrame& frame, int width_px,
                       int height_px, int step_px)
    : m_columns(width_px / step_px + 2), m_rows(height_px / step_px + 2), m_step(step_px) {
    assert(step_px >= 1);
    const std::size_t n = static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows);
    m_lon.resize(n);
    m_lat.resize(n);
    const double pt_per_px_x = frame.map_box.width() / std::max(width_px, 1);
    const double pt_per_px_y = frame.map_box.height() / std::max(height_px, 1);
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const PagePt page{frame.map_box.x0 + c * m_step * pt_per_px_x,
                              frame.map_box.y0 + r * m_step * pt_per_px_y};
            const MapXY map = frame.to_map(page);
            const std::size_t i = static_cast<std::size_t>(r) * m_columns + c;
            m_lon[i] = map.x;
            m_lat[i] = map.y;
        }
    }
    projection.inverse_in_place(m_lon, m_lat);
    unwrap_longitudes();
}

void LonLatMesh::unwrap_longitudes() {
    // Within half a turn of the middle's longitude, so that interpolating between nodes either
    // side of the antimeridian (179, -179) stays near it instead of crossing the globe.
    const std::size_t middle =
        static_cast<std::size_t>(m_rows / 2) * static_cast<std::size_t>(m_columns) +
        static_cast<std::size_t>(m_columns / 2);
    const double reference = m_lon[middle];
    if (!std::isfinite(reference))
        return;
    for (double& lon : m_lon) {
        if (lon < reference - 180.0)
            lon += 360.0;
        else if (lon > reference + 180.0)
            lon -= 360.0;
    }
}

std::optional<LonLat> LonLatMesh::at(double x, double y) const {
    const double u = std::clamp(x / m_step, 0.0, m_columns - 1.000001);
    const double v = std::clamp(y / m_step, 0.0, m_rows - 1.000001);
    const int c = static_cast<int>(u);
    const int r = static_cast<int>(v);
    const double fu = u - c;
    const double fv = v - r;
    const std::size_t i00 = static_cast<std::size_t>(r) * m_columns + c;
    const std::size_t i10 = i00 + 1;
    const std::size_t i01 = i00 + m_columns;
    const std::size_t i11 = i01 + 1;
    const auto mix = [&](const std::vector<double>& a) {
        return (a[i00] * (1 - fu) + a[i10] * fu) * (1 - fv) +
               (a[i01] * (1 - fu) + a[i11] * fu) * fv;
    };
    const double lon = mix(m_lon);
    const double lat = mix(m_lat);
    if (!std::isfinite(lon) || !std::isfinite(lat))
        return std::nullopt;
    return LonLat{lon, lat};
}

}  // namespace cm
