#include "gazetteer_loader.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <cpl_string.h>

#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr std::array<std::string_view, 9> kKnownFields{
    "id", "name", "names", "type", "certainty", "note", "source", "shared_names", "course"};

struct FeatureContext {
    const std::string& file;
    std::string record;

    [[noreturn]] void fail(const std::string& message) const {
        throw DataError(file, record, message);
    }
};

std::string string_field(const OGRFeature& f, const char* name, const FeatureContext& ctx,
                         bool required) {
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) {
        if (required)
            ctx.fail(std::string("missing property '") + name + "'");
        return {};
    }
    if (f.GetFieldDefnRef(i)->GetType() != OFTString)
        ctx.fail(std::string("property '") + name + "' must be a string");
    std::string value = f.GetFieldAsString(i);
    if (!CPLIsUTF8(value.c_str(), -1))
        ctx.fail(std::string("property '") + name + "' is not UTF-8 text");
    if (required && value.empty())
        ctx.fail(std::string("property '") + name + "' is empty");
    return value;
}

std::vector<std::string> list_field(const OGRFeature& f, const char* name,
                                    const FeatureContext& ctx, bool required) {
    const int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) {
        if (required)
            ctx.fail(std::string("missing property '") + name + "'");
        return {};
    }
    if (f.GetFieldDefnRef(i)->GetType() != OFTStringList)
        ctx.fail(std::string("property '") + name + "' must be an array of strings");
    std::vector<std::string> values;
    for (char** p = f.GetFieldAsStringList(i); p && *p; ++p) {
        if (**p == '\0')
            ctx.fail(std::string("property '") + name + "' holds an empty name");
        if (!CPLIsUTF8(*p, -1))
            ctx.fail(std::string("property '") + name + "' holds a name that is not UTF-8");
        values.emplace_back(*p);
    }
    if (required && values.empty())
        ctx.fail(std::string("property '") + name + "' is empty");
    return values;
}

bool is_known_field(const std::string& name) {
    return std::find(kKnownFields.begin(), kKnownFields.end(), name) != kKnownFields.end();
}

/// GeoJSON layers take the union of all features' properties as their schema, so an unknown
/// property is reported at the feature that sets it.
void check_unknown_fields(const OGRFeature& f, const FeatureContext& ctx) {
    const OGRFeatureDefn& defn = *f.GetDefnRef();
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
        const std::string name = defn.GetFieldDefn(i)->GetNameRef();
        if (!is_known_field(name) && f.IsFieldSet(i))
            ctx.fail("unknown property '" + name + "'");
    }
}

bool geometry_fits_type(const Geometry& g, PlaceType type) {
    switch (type) {
        case PlaceType::settlement:
        case PlaceType::battlefield:
        case PlaceType::pass:
            return std::holds_alternative<PointGeometry>(g);
        case PlaceType::river:
            return std::holds_alternative<LineGeometry>(g) ||
                   std::holds_alternative<MultiLineGeometry>(g);
        case PlaceType::lake:
        case PlaceType::sea:
        case PlaceType::region:
        case PlaceType::country:
            return std::holds_alternative<PolygonGeometry>(g);
        case PlaceType::mountains:
        case PlaceType::valley:
            return !std::holds_alternative<std::monostate>(g);
    }
    return false;
}

void check_coordinates(const Geometry& g, const FeatureContext& ctx) {
    std::size_t count = 0;
    for_each_position(g, [&](const LonLat& p) {
        ++count;
        if (!std::isfinite(p.lon) || !std::isfinite(p.lat))
            ctx.fail("coordinate is not a number");
        if (p.lon < -180.0 || p.lon > 180.0 || p.lat < -90.0 || p.lat > 90.0)
            ctx.fail("coordinate out of range (" + std::to_string(p.lon) + ", " +
                     std::to_string(p.lat) + ")");
    });
    if (count == 0)
        ctx.fail("geometry is empty");
}

Place read_place(const OGRFeature& f, const FeatureContext& ctx) {
    Place place;
    place.id = string_field(f, "id", ctx, true);
    FeatureContext named{ctx.file, "feature '" + place.id + "'"};
    check_unknown_fields(f, named);
    place.name = string_field(f, "name", named, true);
    place.names = list_field(f, "names", named, true);
    const std::string type = string_field(f, "type", named, true);
    const auto t = place_type_from_string(type);
    if (!t)
        named.fail("unknown type '" + type + "'");
    place.type = *t;
    const std::string certainty = string_field(f, "certainty", named, true);
    const auto c = certainty_from_string(certainty);
    if (!c)
        named.fail("unknown certainty '" + certainty + "' (exact, approximate, uncertain)");
    place.certainty = *c;
    place.note = string_field(f, "note", named, false);
    if (place.certainty == Certainty::uncertain && place.note.empty())
        named.fail("an uncertain place needs a note saying why");
    place.source = string_field(f, "source", named, true);
    place.shared_names = list_field(f, "shared_names", named, false);
    for (const std::string& shared : place.shared_names)
        if (std::find(place.names.begin(), place.names.end(), shared) == place.names.end())
            named.fail("shared name '" + shared + "' is not among 'names'");
    place.course = string_field(f, "course", named, false);
    if (!place.course.empty() && place.course != "natural-earth")
        named.fail("'course': expected \"natural-earth\" (or no course), got '" + place.course +
                   "'");
    const OGRGeometry* g = f.GetGeometryRef();
    if (!g)
        named.fail("geometry is missing");
    place.geometry = ogr::to_geometry(*g);
    if (std::holds_alternative<std::monostate>(place.geometry))
        named.fail("unsupported or empty geometry");
    check_coordinates(place.geometry, named);
    if (!geometry_fits_type(place.geometry, place.type))
        named.fail("geometry does not fit type '" + type + "'");
    return place;
}

}  // namespace

std::vector<Place> load_gazetteer(const std::string& path) {
    ogr::DatasetPtr ds = ogr::open_geojson(path);
    if (ds->GetLayerCount() != 1)
        throw DataError(path, "", "expected one layer of features");
    OGRLayer* layer = ds->GetLayer(0);
    std::vector<Place> places;
    layer->ResetReading();
    for (int index = 0;; ++index) {
        ogr::FeaturePtr f(layer->GetNextFeature());
        if (!f)
            break;
        const FeatureContext ctx{path, "feature #" + std::to_string(index)};
        places.push_back(read_place(*f, ctx));
    }
    if (places.empty())
        throw DataError(path, "", "no places");
    return places;
}

}  // namespace cm
