#include "geometry.hpp"

#include <algorithm>

namespace cm {

void Bounds::extend(const LonLat& p) {
    if (empty) {
        west = east = p.lon;
        south = north = p.lat;
        empty = false;
        return;
    }
    west = std::min(west, p.lon);
    east = std::max(east, p.lon);
    south = std::min(south, p.lat);
    north = std::max(north, p.lat);
}

void Bounds::extend(const Bounds& b) {
    if (b.empty)
        return;
    extend(LonLat{b.west, b.south});
    extend(LonLat{b.east, b.north});
}

Bounds bounds_of(const Geometry& g) {
    Bounds b;
    for_each_position(g, [&](const LonLat& p) { b.extend(p); });
    return b;
}

LonLat anchor_of(const Geometry& g) {
    if (const auto* p = std::get_if<PointGeometry>(&g))
        return p->at;
    if (const auto* l = std::get_if<LineGeometry>(&g)) {
        if (!l->points.empty())
            return l->points[l->points.size() / 2];
    }
    const Bounds b = bounds_of(g);
    if (b.empty)
        return {};
    return {(b.west + b.east) / 2.0, (b.south + b.north) / 2.0};
}

}  // namespace cm
