#include "geodata/routing/terrain.hpp"

#include <algorithm>
#include <cmath>

namespace cm {

Terrain terrain_of(const Atlas& atlas, const ElevationGrid* grid) {
    Terrain t;
    t.grid = grid && grid->width > 0 && grid->height > 0 ? grid : nullptr;
    for (const Place& p : atlas.places) {
        if (p.type == PlaceType::pass)
            t.passes.push_back(anchor_of(p.geometry));
        const auto* area = std::get_if<PolygonGeometry>(&p.geometry);
        if (area && (p.type == PlaceType::lake || p.type == PlaceType::sea))
            t.waters.push_back(*area);
    }
    return t;
}

double height_at(const ElevationGrid& grid, const LonLat& p) {
    const double cw = grid.cell_width_deg(), ch = grid.cell_height_deg();
    const double fx = cw > 0 ? std::clamp((p.lon - grid.west) / cw, 0.0, grid.width - 1.0) : 0;
    const double fy = ch > 0 ? std::clamp((grid.north - p.lat) / ch, 0.0, grid.height - 1.0) : 0;
    const int x0 = static_cast<int>(fx), y0 = static_cast<int>(fy);
    const int x1 = std::min(x0 + 1, grid.width - 1), y1 = std::min(y0 + 1, grid.height - 1);
    const double tx = fx - x0, ty = fy - y0;
    const double top = grid.at(x0, y0) * (1 - tx) + grid.at(x1, y0) * tx;
    const double bottom = grid.at(x0, y1) * (1 - tx) + grid.at(x1, y1) * tx;
    return top * (1 - ty) + bottom * ty;
}

}  // namespace cm
