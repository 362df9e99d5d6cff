#include "geodata/query/border_union.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "geodata/model/error.hpp"

#include "geodata/query/ogr_geometry.hpp"

namespace cm {
namespace {

bool holds(const std::vector<std::string_view>& sorted_ids, const std::string& id) {
    return !id.empty() && std::binary_search(sorted_ids.begin(), sorted_ids.end(), id);
}

/// Twice the signed area of @p ring (positive: anticlockwise in lon/lat).
double twice_signed_area(const Ring& ring) {
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
    return sum;
}

/// A point just inside @p face, beside the middle of its outer ring's longest step (a metre
/// or less from it): the face of the border on that step's inner side.
LonLat point_inside(const Polygon& face) {
    const Ring& ring = face.rings.front();
    std::size_t k = 0;
    double longest = -1.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const double d = std::hypot(ring[i + 1].lon - ring[i].lon, ring[i + 1].lat - ring[i].lat);
        if (d > longest) {
            longest = d;
            k = i;
        }
    }
    const LonLat a = ring[k], b = ring[k + 1];
    const double len = std::max(longest, 1e-12);
    const double side = twice_signed_area(ring) > 0.0 ? 1.0 : -1.0;  // the inside is on the left
    const double step = side * std::min(1e-5, 0.01 * len) / len;
    return {(a.lon + b.lon) / 2 - (b.lat - a.lat) * step,
            (a.lat + b.lat) / 2 + (b.lon - a.lon) * step};
}

bool in_any(const std::vector<const Region*>& regions, const LonLat& p) {
    return std::any_of(regions.begin(), regions.end(),
                       [&](const Region* r) { return polygons_contain(r->geometry, p); });
}

}  // namespace

PolygonGeometry union_of(const std::vector<const PolygonGeometry*>& parts) {
    OGRMultiPolygon all;
    for (const PolygonGeometry* part : parts) {
        auto multi = ogr::to_ogr_multipolygon(*part);
        for (const OGRPolygon* poly : *multi)
            all.addGeometry(poly);
    }
    if (all.IsEmpty())
        return {};
    const ogr::GeometryPtr merged(all.UnionCascaded());
    if (!merged)
        return ogr::to_polygons(all);
    return ogr::to_polygons(*merged);
}

PolygonGeometry union_of_regions(const Atlas& atlas, const std::vector<const Region*>& regions) {
    std::vector<std::string_view> ids;
    for (const Region* r : regions)
        ids.push_back(r->id);
    std::sort(ids.begin(), ids.end());
    std::vector<bool> bordered(ids.size(), false);
    OGRGeometryCollection outline;
    for (const Border& b : atlas.borders) {
        const bool left = holds(ids, b.left_region), right = holds(ids, b.right_region);
        for (const std::string* side : {&b.left_region, &b.right_region})
            if (holds(ids, *side))
                bordered[std::lower_bound(ids.begin(), ids.end(), *side) - ids.begin()] = true;
        if (left != right)
            outline.addGeometryDirectly(ogr::to_ogr(Geometry{b.line}).release());
    }
    for (const Region* r : regions)
        if (!r->geometry.polygons.empty() &&
            !bordered[std::lower_bound(ids.begin(), ids.end(), r->id) - ids.begin()]) {
            std::vector<const PolygonGeometry*> parts;
            for (const Region* each : regions)
                parts.push_back(&each->geometry);
            return union_of(parts);
        }
    if (outline.IsEmpty())
        return {};
    const ogr::GeometryPtr faces(outline.Polygonize());
    if (!faces)
        throw DataError("history/borders.geojson", "",
                        "the borders around a polity's regions could not be polygonised");
    // The outline's faces are the union's polygons and its holes; a face is the union's
    // where the region beside its outer ring is one of the set.
    PolygonGeometry merged;
    for (Polygon& face : ogr::to_polygons(*faces).polygons)
        if (!face.rings.empty() && face.rings.front().size() >= 4 &&
            in_any(regions, point_inside(face)))
            merged.polygons.push_back(std::move(face));
    return merged;
}

}  // namespace cm
