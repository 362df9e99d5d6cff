#pragma once

// Distances in km on the sphere for the gazetteer tests: point to point, point to line,
// point to polygon outline, and point in ring.

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "geodata/model/geometry.hpp"

namespace cm::test {

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kDegree = 3.14159265358979323846 / 180.0;

/// Great-circle distance: the model's.
using cm::distance_km;

/// Distance from @p p to segment ab, measured in a plane tangent at @p p (segments here are
/// tens of km long, where that plane is accurate to well under a kilometre).
inline double distance_to_segment_km(const LonLat& p, const LonLat& a, const LonLat& b) {
    const double kx = kEarthRadiusKm * kDegree * std::cos(p.lat * kDegree);
    const double ky = kEarthRadiusKm * kDegree;
    const double ax = (a.lon - p.lon) * kx, ay = (a.lat - p.lat) * ky;
    const double bx = (b.lon - p.lon) * kx, by = (b.lat - p.lat) * ky;
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 == 0 ? 0 : std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0);
    return std::hypot(ax + t * dx, ay + t * dy);
}

inline double distance_to_line_km(const LonLat& p, const std::vector<LonLat>& line) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        best = std::min(best, distance_to_segment_km(p, line[i], line[i + 1]));
    if (line.size() == 1)
        best = distance_km(p, line[0]);
    return best;
}

inline double distance_to_lines_km(const LonLat& p, const std::vector<std::vector<LonLat>>& lines) {
    double best = std::numeric_limits<double>::infinity();
    for (const auto& line : lines)
        best = std::min(best, distance_to_line_km(p, line));
    return best;
}

/// Even-odd rule in lon/lat, good for rings far from the poles and the antimeridian.
inline bool inside_ring(const LonLat& p, const Ring& ring) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat& a = ring[i];
        const LonLat& b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) &&
            p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            inside = !inside;
    }
    return inside;
}

/// 0 when @p p lies inside the polygons' outer rings, else the distance to their outlines.
inline double distance_to_area_km(const LonLat& p, const PolygonGeometry& area) {
    double best = std::numeric_limits<double>::infinity();
    for (const Polygon& poly : area.polygons) {
        if (poly.rings.empty())
            continue;
        if (inside_ring(p, poly.rings.front()))
            return 0.0;
        best = std::min(best, distance_to_line_km(p, poly.rings.front()));
    }
    return best;
}

}  // namespace cm::test
