#include "geodata/io/detail/clipped_layer.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include "geodata/io/detail/box_clip.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/io/vector_cache.hpp"
#include "geodata/model/error.hpp"

namespace cm::detail {
namespace {

OGRPolygon window_polygon(const Bounds& window) {
    OGRLinearRing ring;
    ring.addPoint(window.west, window.south);
    ring.addPoint(window.east, window.south);
    ring.addPoint(window.east, window.north);
    ring.addPoint(window.west, window.north);
    ring.closeRings();
    OGRPolygon frame;
    frame.addRing(&ring);
    return frame;
}

std::vector<LonLat> open_points(const OGRLinearRing& ring) {
    std::vector<LonLat> out;
    out.reserve(static_cast<std::size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out.push_back({ring.getX(i), ring.getY(i)});
    if (out.size() > 1 && out.front() == out.back())
        out.pop_back();
    return out;
}

std::unique_ptr<OGRLinearRing> closed_ring(const std::vector<LonLat>& points) {
    auto ring = std::make_unique<OGRLinearRing>();
    ring->setNumPoints(static_cast<int>(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i)
        ring->setPoint(static_cast<int>(i), points[i].lon, points[i].lat);
    ring->closeRings();
    return ring;
}

/// @p polygon cut to @p box ring by ring (clip_ring_to_box); nothing when its outer ring
/// keeps no area.
std::unique_ptr<OGRPolygon> polygon_in(const OGRPolygon& polygon, const Bounds& box) {
    auto out = std::make_unique<OGRPolygon>();
    for (int r = 0; r < polygon.getNumInteriorRings() + 1; ++r) {
        const OGRLinearRing* ring =
            r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRing(r - 1);
        if (!ring)
            continue;
        const std::vector<LonLat> cut = clip_ring_to_box(open_points(*ring), box);
        if (cut.empty() && r == 0)
            return nullptr;
        if (!cut.empty())
            out->addRingDirectly(closed_ring(cut).release());
    }
    return out;
}

/// @p line cut to @p box (clip_line_to_box), its parts added to @p out.
void line_parts_in(const OGRLineString& line, const Bounds& box, OGRMultiLineString& out) {
    std::vector<LonLat> points;
    points.reserve(static_cast<std::size_t>(line.getNumPoints()));
    for (int i = 0; i < line.getNumPoints(); ++i)
        points.push_back({line.getX(i), line.getY(i)});
    for (const std::vector<LonLat>& part : clip_line_to_box(points, box)) {
        auto piece = std::make_unique<OGRLineString>();
        piece->setNumPoints(static_cast<int>(part.size()));
        for (std::size_t i = 0; i < part.size(); ++i)
            piece->setPoint(static_cast<int>(i), part[i].lon, part[i].lat);
        out.addGeometryDirectly(piece.release());
    }
}

/// @p geometry cut to @p window: a geometry wholly inside is only copied; polygons and lines
/// are cut by box_clip.hpp, anything else by GEOS.
ogr::GeometryPtr cut_to(const OGRGeometry& geometry, const Bounds& window) {
    OGREnvelope inner;
    geometry.getEnvelope(&inner);
    OGREnvelope outer;
    outer.MinX = window.west, outer.MaxX = window.east;
    outer.MinY = window.south, outer.MaxY = window.north;
    if (outer.Contains(inner))
        return ogr::GeometryPtr(geometry.clone());
    switch (wkbFlatten(geometry.getGeometryType())) {
        case wkbPolygon:
        case wkbMultiPolygon: {
            auto out = std::make_unique<OGRMultiPolygon>();
            const auto add = [&](const OGRPolygon& p) {
                if (auto cut = polygon_in(p, window))
                    out->addGeometryDirectly(cut.release());
            };
            if (wkbFlatten(geometry.getGeometryType()) == wkbPolygon)
                add(*geometry.toPolygon());
            else
                for (const OGRPolygon* p : *geometry.toMultiPolygon())
                    add(*p);
            return ogr::GeometryPtr(out.release());
        }
        case wkbLineString:
        case wkbMultiLineString: {
            auto out = std::make_unique<OGRMultiLineString>();
            if (wkbFlatten(geometry.getGeometryType()) == wkbLineString)
                line_parts_in(*geometry.toLineString(), window, *out);
            else
                for (const OGRLineString* l : *geometry.toMultiLineString())
                    line_parts_in(*l, window, *out);
            return ogr::GeometryPtr(out.release());
        }
        default:
            break;
    }
    const OGRPolygon frame = window_polygon(window);
    ogr::GeometryPtr clipped(geometry.Intersection(&frame));
    if (!clipped) {  // invalid source ring: repair, then cut
        ogr::GeometryPtr valid(geometry.MakeValid());
        if (valid)
            clipped.reset(valid->Intersection(&frame));
    }
    return clipped;
}

/// Tells OGR to skip every attribute but @p wanted: parsing them is most of a large layer's
/// reading time.
void read_only_fields(OGRLayer& layer, const std::vector<std::string>& wanted) {
    CPLStringList ignored;
    OGRFeatureDefn* definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const std::string name = definition->GetFieldDefn(i)->GetNameRef();
        if (std::find(wanted.begin(), wanted.end(), name) == wanted.end())
            ignored.AddString(name.c_str());
    }
    layer.SetIgnoredFields(const_cast<const char**>(ignored.List()));
}

}  // namespace

std::string read_clipped(const std::string& path, const Bounds& window,
                         const std::vector<std::string>& fields, const ClippedVisit& visit) {
    const VectorToRead source = fast_copy_of(path);
    ogr::DatasetPtr ds = ogr::open_vector(source.path);
    OGRLayer* layer = ds->GetLayer(0);
    if (!layer)
        throw DataError(path, "", "has no layer");
    read_only_fields(*layer, fields);
    layer->SetSpatialFilterRect(window.west, window.south, window.east, window.north);
    layer->ResetReading();
    while (ogr::FeaturePtr feature{layer->GetNextFeature()}) {
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue;
        const ogr::GeometryPtr clipped = cut_to(*geometry, window);
        if (!clipped || clipped->IsEmpty())
            continue;
        visit(*feature, *clipped);
    }
    return source.note;
}

PolygonGeometry clip_to_window(const PolygonGeometry& shape, const Bounds& window) {
    if (shape.polygons.empty())
        return {};
    const auto geometry = ogr::to_ogr_multipolygon(shape);
    const ogr::GeometryPtr clipped = cut_to(*geometry, window);
    return clipped ? ogr::to_polygons(*clipped) : PolygonGeometry{};
}

std::string string_field(const OGRFeature& feature, const char* name) {
    const int field = feature.GetFieldIndex(name);
    return field >= 0 && feature.IsFieldSetAndNotNull(field) ? feature.GetFieldAsString(field)
                                                             : std::string();
}

int int_field(const OGRFeature& feature, const char* name, int fallback) {
    const int field = feature.GetFieldIndex(name);
    if (field < 0 || !feature.IsFieldSetAndNotNull(field))
        return fallback;
    const double value = feature.GetFieldAsDouble(field);
    return std::isfinite(value) && std::abs(value) < 1e9 ? static_cast<int>(std::lround(value))
                                                         : fallback;
}

}  // namespace cm::detail
