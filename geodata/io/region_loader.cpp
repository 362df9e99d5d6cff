// Region tiles of a history directory (declared in history_loader.hpp).

#include <array>
#include <cmath>
#include <set>
#include <string_view>

#include "geodata/io/history_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr std::array<std::string_view, 4> kRegionFields{"id", "name", "note", "source"};

std::string text_field(const OGRFeature& f, const char* name, const std::string& path,
                       const std::string& record, bool required) {
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i) || std::string(f.GetFieldAsString(i)).empty()) {
        if (required)
            throw DataError(path, record, std::string("missing property '") + name + "'");
        return {};
    }
    if (f.GetFieldDefnRef(i)->GetType() != OFTString)
        throw DataError(path, record, std::string("property '") + name + "' must be a string");
    return f.GetFieldAsString(i);
}

void check_fields(const OGRFeatureDefn& defn, const std::string& path) {
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const std::string name = defn.GetFieldDefn(i)->GetNameRef();
        bool known = false;
        for (auto k : kRegionFields)
            known = known || k == name;
        if (!known)
            throw DataError(path, "", "unknown property '" + name + "'");
    }
}

PolygonGeometry region_geometry(const OGRFeature& f, const std::string& path,
                                const std::string& record) {
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g)
        throw DataError(path, record, "geometry is missing");
    const auto type = wkbFlatten(g->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon)
        throw DataError(path, record, "geometry must be a Polygon or MultiPolygon");
    PolygonGeometry polygons = ogr::to_polygons(*g);
    if (polygons.polygons.empty())
        throw DataError(path, record, "geometry is empty");
    for_each_position(Geometry{polygons}, [&](const LonLat& p) {
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat))
            throw DataError(path, record, "coordinate is not a number");
        if (std::abs(p.lon) > 180.0 || std::abs(p.lat) > 90.0)
            throw DataError(path, record, "coordinate out of range");
    });
    return polygons;
}

}  // namespace

std::vector<Region> load_regions(const std::string& path) {
    ogr::DatasetPtr ds = ogr::open_geojson(path);
    if (ds->GetLayerCount() != 1)
        throw DataError(path, "", "expected one layer of features");
    OGRLayer* layer = ds->GetLayer(0);
    check_fields(*layer->GetLayerDefn(), path);
    std::vector<Region> regions;
    std::set<std::string> ids;
    layer->ResetReading();
    for (int index = 0;; ++index) {
        ogr::FeaturePtr f(layer->GetNextFeature());
        if (!f)
            break;
        Region region;
        region.id = text_field(*f, "id", path, "feature #" + std::to_string(index), true);
        const std::string record = "region '" + region.id + "'";
        if (!ids.insert(region.id).second)
            throw DataError(path, record, "duplicate id");
        region.name = text_field(*f, "name", path, record, true);
        region.note = text_field(*f, "note", path, record, false);
        region.source = text_field(*f, "source", path, record, true);
        region.geometry = region_geometry(*f, path, record);
        regions.push_back(std::move(region));
    }
    if (regions.empty())
        throw DataError(path, "", "no regions");
    return regions;
}

}  // namespace cm
