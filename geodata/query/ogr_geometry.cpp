#include "geodata/query/ogr_geometry.hpp"

namespace cm::ogr {
namespace {

std::vector<LonLat> to_points(const OGRLineString& line) {
    std::vector<LonLat> points;
    points.reserve(static_cast<std::size_t>(line.getNumPoints()));
    for (int i = 0; i < line.getNumPoints(); ++i)
        points.push_back({line.getX(i), line.getY(i)});
    return points;
}

Polygon to_polygon(const OGRPolygon& poly) {
    Polygon out;
    if (const OGRLinearRing* ring = poly.getExteriorRing())
        out.rings.push_back(to_points(*ring));
    for (int i = 0; i < poly.getNumInteriorRings(); ++i)
        out.rings.push_back(to_points(*poly.getInteriorRing(i)));
    return out;
}

template <typename Line>
void fill_line(Line& line, const std::vector<LonLat>& points) {
    line.setNumPoints(static_cast<int>(points.size()), FALSE);
    for (std::size_t i = 0; i < points.size(); ++i)
        line.setPoint(static_cast<int>(i), points[i].lon, points[i].lat);
}

std::unique_ptr<OGRPolygon> to_ogr_polygon(const Polygon& poly) {
    auto out = std::make_unique<OGRPolygon>();
    for (const Ring& ring : poly.rings) {
        auto r = std::make_unique<OGRLinearRing>();
        fill_line(*r, ring);
        out->addRingDirectly(r.release());
    }
    return out;
}

}  // namespace

Geometry to_geometry(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: {
            const auto& p = *g.toPoint();
            if (p.IsEmpty())
                return std::monostate{};
            return PointGeometry{{p.getX(), p.getY()}};
        }
        case wkbLineString:
            return LineGeometry{to_points(*g.toLineString())};
        case wkbMultiLineString: {
            MultiLineGeometry out;
            for (const OGRLineString* line : *g.toMultiLineString())
                out.lines.push_back(to_points(*line));
            return out;
        }
        case wkbPolygon:
        case wkbMultiPolygon:
            return to_polygons(g);
        default:
            return std::monostate{};
    }
}

PolygonGeometry to_polygons(const OGRGeometry& g) {
    PolygonGeometry out;
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon) {
        if (!g.IsEmpty())
            out.polygons.push_back(to_polygon(*g.toPolygon()));
    } else if (type == wkbMultiPolygon) {
        for (const OGRPolygon* poly : *g.toMultiPolygon())
            if (!poly->IsEmpty())
                out.polygons.push_back(to_polygon(*poly));
    } else if (type == wkbGeometryCollection) {
        for (const OGRGeometry* part : *g.toGeometryCollection()) {
            PolygonGeometry sub = to_polygons(*part);
            for (auto& p : sub.polygons)
                out.polygons.push_back(std::move(p));
        }
    }
    return out;
}

std::unique_ptr<OGRMultiPolygon> to_ogr_multipolygon(const PolygonGeometry& g) {
    auto out = std::make_unique<OGRMultiPolygon>();
    for (const Polygon& poly : g.polygons)
        out->addGeometryDirectly(to_ogr_polygon(poly).release());
    return out;
}

GeometryPtr to_ogr(const Geometry& g) {
    if (const auto* p = std::get_if<PointGeometry>(&g))
        return std::make_unique<OGRPoint>(p->at.lon, p->at.lat);
    if (const auto* l = std::get_if<LineGeometry>(&g)) {
        auto line = std::make_unique<OGRLineString>();
        fill_line(*line, l->points);
        return line;
    }
    if (const auto* ml = std::get_if<MultiLineGeometry>(&g)) {
        auto multi = std::make_unique<OGRMultiLineString>();
        for (const auto& points : ml->lines) {
            auto line = std::make_unique<OGRLineString>();
            fill_line(*line, points);
            multi->addGeometryDirectly(line.release());
        }
        return multi;
    }
    if (const auto* pg = std::get_if<PolygonGeometry>(&g))
        return to_ogr_multipolygon(*pg);
    return nullptr;
}

}  // namespace cm::ogr
