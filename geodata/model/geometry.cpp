#include "geometry.hpp"

#include <algorithm>
#include <cmath>

namespace cm {
namespace {

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kDegToRad = M_PI / 180.0;

}  // namespace

double distance_km(const LonLat& a, const LonLat& b) {
    const double p1 = a.lat * kDegToRad, p2 = b.lat * kDegToRad;
    const double dp = p2 - p1, dl = (b.lon - a.lon) * kDegToRad;
    const double h = std::sin(dp / 2) * std::sin(dp / 2) +
                     std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

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

bool ring_encloses(const Ring& ring, const LonLat& p) {
    bool in = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat& a = ring[i];
        const LonLat& b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat) &&
            p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon)
            in = !in;
    }
    return in;
}

bool polygon_contains(const Polygon& polygon, const LonLat& p) {
    if (polygon.rings.empty() || !ring_encloses(polygon.rings.front(), p))
        return false;
    return std::none_of(polygon.rings.begin() + 1, polygon.rings.end(),
                        [&](const Ring& hole) { return ring_encloses(hole, p); });
}

bool polygons_contain(const PolygonGeometry& g, const LonLat& p) {
    return std::any_of(g.polygons.begin(), g.polygons.end(),
                       [&](const Polygon& polygon) { return polygon_contains(polygon, p); });
}

std::pair<LonLat, LonLat> beside_longest_step(const std::vector<LonLat>& points) {
    std::size_t k = 0;
    double longest = -1.0;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const double d =
            std::hypot(points[i + 1].lon - points[i].lon, points[i + 1].lat - points[i].lat);
        if (d > longest) {
            longest = d;
            k = i;
        }
    }
    const LonLat a = points[k], b = points[k + 1];
    const double len = std::max(longest, 1e-12);
    const double step = std::min(1e-5, 0.01 * len) / len;  // a metre or less
    const LonLat mid{(a.lon + b.lon) / 2, (a.lat + b.lat) / 2};
    const double nx = -(b.lat - a.lat) * step, ny = (b.lon - a.lon) * step;
    return {{mid.lon + nx, mid.lat + ny}, {mid.lon - nx, mid.lat - ny}};
}

}  // namespace cm
