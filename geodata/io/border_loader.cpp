// Border segments of a history directory (declared in history_loader.hpp).

#include <set>

#include "geodata/io/detail/geojson_fields.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

LineGeometry border_line(const OGRFeature& f, const std::string& path, const std::string& record) {
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g)
        throw DataError(path, record, "geometry is missing");
    if (wkbFlatten(g->getGeometryType()) != wkbLineString)
        throw DataError(path, record, "geometry must be a LineString");
    const auto* line = g->toLineString();
    LineGeometry out;
    for (int i = 0; i < line->getNumPoints(); ++i) {
        out.points.push_back({line->getX(i), line->getY(i)});
        detail::check_position(out.points.back(), path, record);
    }
    if (out.points.size() < 2 || out.points.front() == out.points.back())
        throw DataError(path, record,
                        "a border needs two different ends (a closed ring is two segments)");
    return out;
}

Certainty border_certainty(const OGRFeature& f, const std::string& path,
                           const std::string& record) {
    const std::string text = detail::text_field(f, "certainty", path, record, true);
    const auto c = certainty_from_string(text);
    if (!c || *c == Certainty::draft)
        throw DataError(
            path, record,
            "certainty: unknown certainty '" + text + "' (exact, approximate, uncertain)");
    return *c;
}

}  // namespace

std::vector<Border> load_borders(const std::string& path) {
    ogr::DatasetPtr ds = ogr::open_geojson(path);
    OGRLayer& layer =
        detail::only_layer(*ds, path, {"id", "certainty", "follows", "note", "source"});
    std::vector<Border> borders;
    std::set<std::string> ids;
    for (int index = 0;; ++index) {
        ogr::FeaturePtr f(layer.GetNextFeature());
        if (!f)
            break;
        Border b;
        b.id = detail::text_field(*f, "id", path, "feature #" + std::to_string(index), true);
        const std::string record = "border '" + b.id + "'";
        if (!ids.insert(b.id).second)
            throw DataError(path, record, "duplicate id");
        b.certainty = border_certainty(*f, path, record);
        b.follows = detail::text_field(*f, "follows", path, record, false);
        b.note = detail::text_field(*f, "note", path, record, false);
        b.source = detail::text_field(*f, "source", path, record, true);
        b.line = border_line(*f, path, record);
        borders.push_back(std::move(b));
    }
    if (borders.empty())
        throw DataError(path, "", "no borders");
    return borders;
}

}  // namespace cm
