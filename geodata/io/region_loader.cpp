// Region points of a history directory (declared in history_loader.hpp).

#include <set>

#include "geodata/io/detail/geojson_fields.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

LonLat region_point(const OGRFeature& f, const std::string& path, const std::string& record) {
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g)
        throw DataError(path, record, "geometry is missing");
    if (wkbFlatten(g->getGeometryType()) != wkbPoint)
        throw DataError(path, record,
                        "geometry must be a Point inside the region (its outline comes from "
                        "borders.geojson)");
    const auto* point = g->toPoint();
    if (point->IsEmpty())
        throw DataError(path, record, "geometry is empty");
    const LonLat at{point->getX(), point->getY()};
    detail::check_position(at, path, record);
    return at;
}

}  // namespace

std::vector<Region> load_regions(const std::string& path) {
    ogr::DatasetPtr ds = ogr::open_geojson(path);
    OGRLayer& layer = detail::only_layer(*ds, path, {"id", "name", "note", "source"});
    std::vector<Region> regions;
    std::set<std::string> ids;
    for (int index = 0;; ++index) {
        ogr::FeaturePtr f(layer.GetNextFeature());
        if (!f)
            break;
        Region region;
        region.id = detail::text_field(*f, "id", path, "feature #" + std::to_string(index), true);
        const std::string record = "region '" + region.id + "'";
        if (!ids.insert(region.id).second)
            throw DataError(path, record, "duplicate id");
        region.name = detail::text_field(*f, "name", path, record, true);
        region.note = detail::text_field(*f, "note", path, record, false);
        region.source = detail::text_field(*f, "source", path, record, true);
        region.at = region_point(*f, path, record);
        regions.push_back(std::move(region));
    }
    if (regions.empty())
        throw DataError(path, "", "no regions");
    return regions;
}

}  // namespace cm
