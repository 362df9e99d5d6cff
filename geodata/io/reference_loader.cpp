#include "geodata/io/reference_loader.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <sstream>

#include "geodata/io/ogr.hpp"

namespace cm {
namespace {

struct Layer {
    const char* file;
    const char* source;
    std::vector<const char*> name_fields;  ///< the first is the name
    const char* kind_field;                ///< nullptr: every feature is a populated place
    const char* country_field;
};

const std::vector<Layer>& layers() {
    static const std::vector<Layer> kLayers{
        {"ne_10m_populated_places.fgb",
         "Natural Earth populated places",
         {"NAME", "NAMEASCII", "NAME_EN", "NAMEALT", "NAME_RU"},
         nullptr,
         "ADM0NAME"},
        {"ne_10m_geography_regions_polys.fgb",
         "Natural Earth geography regions",
         {"name", "namealt"},
         "featurecla",
         nullptr},
        {"ne_10m_geography_regions_elevation_points.fgb",
         "Natural Earth elevation points",
         {"name", "name_alt"},
         "featurecla",
         nullptr},
    };
    return kLayers;
}

/// A field's text split at the separators Natural Earth uses for alternate names.
void add_names(const std::string& text, std::vector<std::string>& out) {
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, '|'))
        for (std::size_t from = 0; from < part.size();) {
            std::size_t to = part.find_first_of(",;/", from);
            to = to == std::string::npos ? part.size() : to;
            std::string name = part.substr(from, to - from);
            name.erase(0, name.find_first_not_of(' '));
            name.erase(name.find_last_not_of(' ') + 1);
            if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end())
                out.push_back(name);
            from = to + 1;
        }
}

std::string field_text(const OGRFeature& f, const char* name) {
    const int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? f.GetFieldAsString(i) : "";
}

std::optional<LonLat> point_of(const OGRGeometry* g) {
    if (!g || g->IsEmpty())
        return std::nullopt;
    OGRPoint centre;
    if (g->Centroid(&centre) != OGRERR_NONE)
        return std::nullopt;
    return LonLat{centre.getX(), centre.getY()};
}

/// Whether every position of @p g is a number: a NaN or infinite one would make distances,
/// and the ordering of suggestions by them, meaningless.
bool finite(const Geometry& g) {
    bool all = true;
    for_each_position(
        g, [&](const LonLat& p) { all = all && std::isfinite(p.lon) && std::isfinite(p.lat); });
    return all;
}

void read_layer(const std::string& path, const Layer& spec, std::vector<ReferencePlace>& out) {
    ogr::DatasetPtr ds = ogr::open_vector(path);
    OGRLayer* layer = ds->GetLayer(0);
    if (!layer)
        return;
    for (ogr::FeaturePtr f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
        ReferencePlace p;
        for (const char* field : spec.name_fields)
            add_names(field_text(*f, field), p.names);
        const auto at = point_of(f->GetGeometryRef());
        if (p.names.empty() || !at)
            continue;
        p.name = p.names.front();
        p.kind = spec.kind_field ? field_text(*f, spec.kind_field) : "populated place";
        p.source = spec.source;
        p.country = spec.country_field ? field_text(*f, spec.country_field) : "";
        p.at = *at;
        p.shape = ogr::to_geometry(*f->GetGeometryRef());
        if (std::isfinite(p.at.lon) && std::isfinite(p.at.lat) && finite(p.shape))
            out.push_back(std::move(p));
    }
}

}  // namespace

std::vector<ReferencePlace> load_reference_places(const std::string& dir) {
    std::vector<ReferencePlace> out;
    for (const Layer& spec : layers()) {
        const std::filesystem::path path = std::filesystem::path(dir) / spec.file;
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec))
            read_layer(path.string(), spec, out);
    }
    return out;
}

}  // namespace cm
