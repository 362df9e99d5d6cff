#include "geodata/io/detail/clipped_layer.hpp"

#include <algorithm>
#include <cmath>

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

/// @p shape's polygons cut to @p box ring by ring (clip_ring_to_box); a polygon whose outer
/// ring keeps no area is dropped.
PolygonGeometry polygons_in(const PolygonGeometry& shape, const Bounds& box) {
    PolygonGeometry out;
    for (const Polygon& polygon : shape.polygons) {
        Polygon cut;
        for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
            Ring part = clip_ring_to_box(polygon.rings[r], box);
            if (part.empty() && r == 0)
                break;
            if (part.empty())
                continue;
            part.push_back(part.front());
            cut.rings.push_back(std::move(part));
        }
        if (!cut.rings.empty())
            out.polygons.push_back(std::move(cut));
    }
    return out;
}

/// The lines of @p lines cut to @p box (clip_line_to_box), their parts in order.
MultiLineGeometry line_parts_in(const std::vector<std::vector<LonLat>>& lines, const Bounds& box) {
    MultiLineGeometry out;
    for (const auto& line : lines)
        for (auto& part : clip_line_to_box(line, box))
            out.lines.push_back(std::move(part));
    return out;
}

/// @p geometry cut to @p window: a geometry wholly inside is only copied; polygons and lines
/// are cut by box_clip.hpp in our geometry, anything else by GEOS.
ogr::GeometryPtr cut_to(const OGRGeometry& geometry, const Bounds& window) {
    OGREnvelope inner;
    geometry.getEnvelope(&inner);
    OGREnvelope outer;
    outer.MinX = window.west, outer.MaxX = window.east;
    outer.MinY = window.south, outer.MaxY = window.north;
    if (outer.Contains(inner))
        return ogr::GeometryPtr(geometry.clone());
    const Geometry shape = ogr::to_geometry(geometry);
    if (const auto* polygons = std::get_if<PolygonGeometry>(&shape))
        return ogr::to_ogr(polygons_in(*polygons, window));
    if (const auto* line = std::get_if<LineGeometry>(&shape))
        return ogr::to_ogr(line_parts_in({line->points}, window));
    if (const auto* lines = std::get_if<MultiLineGeometry>(&shape))
        return ogr::to_ogr(line_parts_in(lines->lines, window));
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
