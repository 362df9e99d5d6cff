#include "geodata/query/border_union.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "geodata/model/error.hpp"

#include "geodata/query/ogr_geometry.hpp"

namespace cm {
namespace {

/// The place of @p id in @p sorted_ids, or nothing (an empty id, no region, is nowhere).
std::optional<std::size_t> place_in(const std::vector<std::string_view>& sorted_ids,
                                    const std::string& id) {
    const auto it = std::lower_bound(sorted_ids.begin(), sorted_ids.end(), id);
    if (id.empty() || it == sorted_ids.end() || *it != id)
        return std::nullopt;
    return static_cast<std::size_t>(it - sorted_ids.begin());
}

/// Twice the signed area of @p ring (positive: anticlockwise in lon/lat).
double twice_signed_area(const Ring& ring) {
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i].lon * ring[i + 1].lat - ring[i + 1].lon * ring[i].lat;
    return sum;
}

/// A point just inside @p face, beside its outer ring's longest step: the inside is on the
/// left of an anticlockwise ring.
LonLat point_inside(const Polygon& face) {
    const Ring& ring = face.rings.front();
    const auto [left, right] = beside_longest_step(ring);
    return twice_signed_area(ring) > 0.0 ? left : right;
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
    std::vector<bool> bordered(ids.size(), false);  // the region lies beside some border
    OGRGeometryCollection outline;
    for (const Border& b : atlas.borders) {
        const std::optional<std::size_t> left = place_in(ids, b.left_region);
        const std::optional<std::size_t> right = place_in(ids, b.right_region);
        for (const std::optional<std::size_t>& side : {left, right})
            if (side)
                bordered[*side] = true;
        if (left.has_value() != right.has_value())
            outline.addGeometryDirectly(ogr::to_ogr(Geometry{b.line}).release());
    }
    for (const Region* r : regions)
        if (const std::optional<std::size_t> at = place_in(ids, r->id);
            !r->geometry.polygons.empty() && (!at || !bordered[*at])) {
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
