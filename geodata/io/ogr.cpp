#include "ogr.hpp"

#include <filesystem>
#include <mutex>

#include <cpl_error.h>

#include "geodata/io/input_file.hpp"
#include "geodata/model/error.hpp"

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

void register_drivers() {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

std::string last_error() {
    const char* msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? std::string(msg) : std::string("unknown GDAL error");
}

DatasetPtr open_vector(const std::string& path) {
    check_input_file(path, kNoSizeLimit);
    register_drivers();
    CPLErrorReset();
    DatasetPtr ds(static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds)
        throw DataError(path, "", "cannot open as vector data: " + last_error());
    return ds;
}

DatasetPtr open_geojson(const std::string& path) {
    check_input_file(path, kMaxGeoJsonBytes);
    register_drivers();
    // GDAL reads a GeoJSON file with its streaming parser, which keeps little in memory but
    // costs some 600 instructions a byte; given the text itself, the driver parses it whole
    // with json-c, about three times faster, in some ten times the text's size. The
    // history's and the gazetteer's files are read on every run, so a small file is read
    // whole; a large one (a user's basemap, converted once) is streamed.
    std::string text;
    std::error_code size_error;
    if (std::filesystem::file_size(path, size_error) <= kWholeGeoJsonBytes && !size_error) {
        text = read_input_file(path, kMaxGeoJsonBytes);
        if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)  // a UTF-8 byte order mark
            text.erase(0, 3);
        // Only an object is GeoJSON text; anything else GDAL would take for a file name.
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string::npos || text[first] != '{')
            throw DataError(path, "", "is not GeoJSON: it does not begin with '{'");
    }
    CPLErrorReset();
    const char* const drivers[] = {"GeoJSON", nullptr};
    const std::string& source = text.empty() ? path : text;
    DatasetPtr ds(static_cast<GDALDataset*>(
        GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr)));
    if (!ds)
        throw DataError(path, "", "cannot open as GeoJSON: " + last_error());
    return ds;
}

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
