#include "geodata/io/detail/geojson_fields.hpp"

#include <cmath>

#include "geodata/model/error.hpp"

namespace cm::detail {

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

void check_fields(const OGRFeatureDefn& defn, const std::string& path,
                  std::initializer_list<std::string_view> known) {
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const std::string name = defn.GetFieldDefn(i)->GetNameRef();
        bool found = false;
        for (auto k : known)
            found = found || k == name;
        if (!found)
            throw DataError(path, "", "unknown property '" + name + "'");
    }
}

OGRLayer& only_layer(GDALDataset& ds, const std::string& path,
                     std::initializer_list<std::string_view> known) {
    if (ds.GetLayerCount() != 1)
        throw DataError(path, "", "expected one layer of features");
    OGRLayer& layer = *ds.GetLayer(0);
    check_fields(*layer.GetLayerDefn(), path, known);
    layer.ResetReading();
    return layer;
}

void check_position(const LonLat& p, const std::string& path, const std::string& record) {
    if (!std::isfinite(p.lon) || !std::isfinite(p.lat))
        throw DataError(path, record, "coordinate is not a number");
    if (std::abs(p.lon) > 180.0 || std::abs(p.lat) > 90.0)
        throw DataError(path, record, "coordinate out of range");
}

}  // namespace cm::detail
