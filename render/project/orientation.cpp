#include "render/project/orientation.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

/// Samples per side of the grid: enough to catch a fold inside an extent, few enough to cost
/// nothing beside the map.
constexpr int kSamples = 9;

std::string lon_lat(const LonLat& p) {
    // An extent across the antimeridian runs on past 180: 187.5 is -172.5 to a reader.
    const double lon = p.lon > 180.0 ? p.lon - 360.0 : (p.lon < -180.0 ? p.lon + 360.0 : p.lon);
    char text[64];
    std::snprintf(text, sizeof text, "lon/lat %.5f, %.5f", lon, p.lat);
    return text;
}

[[noreturn]] void refuse(const Projection& projection, const std::string& what) {
    throw UsageError("projection '" + projection.definition() +
                     "' mirrors or folds the extent: " + what);
}

struct Grid {
    std::vector<LonLat> at;  ///< row by row, south to north; in a row west to east
    std::vector<MapXY> xy;
    const LonLat& lon_lat_at(int row, int col) const { return at[row * kSamples + col]; }
    const MapXY& xy_at(int row, int col) const { return xy[row * kSamples + col]; }
};

Grid sample(const Projection& projection, const Bounds& e) {
    Grid grid;
    for (int row = 0; row < kSamples; ++row)
        for (int col = 0; col < kSamples; ++col)
            grid.at.push_back({e.west + (e.east - e.west) * col / (kSamples - 1),
                               e.south + (e.north - e.south) * row / (kSamples - 1)});
    grid.xy = projection.forward(grid.at);
    return grid;
}

void require_east_right_north_up(const Projection& projection, const Grid& g) {
    for (int row = 0; row < kSamples; ++row)
        for (int col = 0; col + 1 < kSamples; ++col)
            if (!(g.xy_at(row, col + 1).x > g.xy_at(row, col).x))
                refuse(projection, lon_lat(g.lon_lat_at(row, col + 1)) + " lies east of " +
                                       lon_lat(g.lon_lat_at(row, col)) +
                                       " but is drawn left of it");
    for (int col = 0; col < kSamples; ++col)
        for (int row = 0; row + 1 < kSamples; ++row)
            if (!(g.xy_at(row + 1, col).y > g.xy_at(row, col).y))
                refuse(projection, lon_lat(g.lon_lat_at(row + 1, col)) + " lies north of " +
                                       lon_lat(g.lon_lat_at(row, col)) + " but is drawn below it");
}

void require_apart(const Projection& projection, const Grid& g) {
    double span = 0.0;
    for (const MapXY& p : g.xy)
        span = std::max(span, std::hypot(p.x - g.xy.front().x, p.y - g.xy.front().y));
    // Far below any line width on a page, far above rounding in a projection.
    const double tolerance = 1e-7 * span;
    for (std::size_t i = 0; i < g.xy.size(); ++i)
        for (std::size_t j = i + 1; j < g.xy.size(); ++j)
            if (std::hypot(g.xy[i].x - g.xy[j].x, g.xy[i].y - g.xy[j].y) <= tolerance)
                refuse(projection, lon_lat(g.at[i]) + " and " + lon_lat(g.at[j]) +
                                       " are drawn on the same point");
}

}  // namespace

void require_orientation(const Projection& projection, const Bounds& extent) {
    const Grid grid = sample(projection, extent);
    require_apart(projection, grid);
    require_east_right_north_up(projection, grid);
}

}  // namespace cm
