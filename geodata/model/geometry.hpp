#pragma once

// Plain geographic geometry in longitude/latitude (WGS 84, degrees), the coordinate
// space of every data file. Projected and page coordinates have their own types in render/.

#include <utility>
#include <variant>
#include <vector>

namespace cm {

/// A position on the globe in degrees: lon east-positive, lat north-positive.
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
    friend bool operator==(const LonLat&, const LonLat&) = default;
};

/// A single position (settlement, battle site).
struct PointGeometry {
    LonLat at;
};

/// An open line; for rivers it runs from source to mouth.
struct LineGeometry {
    std::vector<LonLat> points;
};

/// One ring is a closed sequence of positions; the first equals the last.
using Ring = std::vector<LonLat>;

/// Outer ring first, then holes (RFC 7946 orientation is not required).
struct Polygon {
    std::vector<Ring> rings;
    friend bool operator==(const Polygon&, const Polygon&) = default;
};

/// Several lines (a river with branches) are drawn as one.
struct MultiLineGeometry {
    std::vector<std::vector<LonLat>> lines;
    friend bool operator==(const MultiLineGeometry&, const MultiLineGeometry&) = default;
};

/// One or more polygons (a lake, a region, a polity's territory).
struct PolygonGeometry {
    std::vector<Polygon> polygons;
    friend bool operator==(const PolygonGeometry&, const PolygonGeometry&) = default;
};

using Geometry =
    std::variant<std::monostate, PointGeometry, LineGeometry, MultiLineGeometry, PolygonGeometry>;

/// The smallest lon/lat rectangle holding a geometry.
struct Bounds {
    double west = 0.0, south = 0.0, east = 0.0, north = 0.0;
    bool empty = true;

    void extend(const LonLat& p);
    void extend(const Bounds& b);
};

/// @returns the bounds of every position of @p g (empty for monostate).
Bounds bounds_of(const Geometry& g);

/// @returns a representative position: the point itself, the middle vertex of a line,
/// or the centre of the bounds of a polygon. Used for symbols and label anchors.
LonLat anchor_of(const Geometry& g);

/// @returns whether @p p lies inside @p ring (crossings of the parallel through @p p, so a ring
/// need not be closed nor wound either way; a point on the edge may count either way).
bool ring_encloses(const Ring& ring, const LonLat& p);

/// @returns whether @p p lies inside @p polygon: inside its outer ring and inside none of its
/// holes (so a point in two overlapping holes, or in a hole outside the outer ring, is not in).
bool polygon_contains(const Polygon& polygon, const LonLat& p);

/// @returns whether @p p lies inside one of the polygons of @p g.
bool polygons_contain(const PolygonGeometry& g, const LonLat& p);

/// @returns the great-circle distance between @p a and @p b in km (haversine, on a sphere of
/// the Earth's mean radius).
double distance_km(const LonLat& a, const LonLat& b);

/// @returns two points just left and right (a metre or less, in lon/lat as the plane) of the
/// middle of the longest step of @p points (at least two): the sides of a line there.
std::pair<LonLat, LonLat> beside_longest_step(const std::vector<LonLat>& points);

/// Calls @p visit for every position of @p g.
template <typename Visit>
void for_each_position(const Geometry& g, Visit&& visit) {
    if (const auto* p = std::get_if<PointGeometry>(&g)) {
        visit(p->at);
    } else if (const auto* l = std::get_if<LineGeometry>(&g)) {
        for (const auto& q : l->points)
            visit(q);
    } else if (const auto* ml = std::get_if<MultiLineGeometry>(&g)) {
        for (const auto& line : ml->lines)
            for (const auto& q : line)
                visit(q);
    } else if (const auto* pg = std::get_if<PolygonGeometry>(&g)) {
        for (const auto& poly : pg->polygons)
            for (const auto& ring : poly.rings)
                for (const auto& q : ring)
                    visit(q);
    }
}

}  // namespace cm
