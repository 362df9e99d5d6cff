#include "places_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <utility>

#include <cpl_json.h>
#include <cpl_string.h>

#include "geodata/io/atomic_file.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"

namespace cm {
namespace {

struct Format {
    std::string_view extension;
    std::string_view driver;
    std::array<const char*, 2> layer_options;  // NULL-terminated for GDAL
};

constexpr std::array<Format, 4> kFormats{{
    {".geojson", "GeoJSON", {"RFC7946=YES", nullptr}},
    {".json", "GeoJSON", {"RFC7946=YES", nullptr}},
    {".gpkg", "GPKG", {nullptr, nullptr}},
    {".csv", "CSV", {"GEOMETRY=AS_WKT", nullptr}},
}};

const Format& format_for(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const Format& f : kFormats)
        if (f.extension == ext)
            return f;
    throw OutputError(path,
                      "unknown output format '" + ext + "' (use .geojson, .json, .gpkg or .csv)");
}

void add_field(OGRLayer& layer, const char* name, OGRFieldType type, const std::string& path,
               OGRFieldSubType subtype = OFSTNone) {
    OGRFieldDefn field(name, type);
    field.SetSubType(subtype);
    if (layer.CreateField(&field) != OGRERR_NONE)
        throw OutputError(path,
                          std::string("cannot create field '") + name + "': " + ogr::last_error());
}

OGRLayer& create_layer(GDALDataset& ds, const Format& format, const std::string& path) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    auto options = format.layer_options;
    OGRLayer* layer =
        ds.CreateLayer("places", &wgs84, wkbUnknown, const_cast<char**>(options.data()));
    if (!layer)
        throw OutputError(path, "cannot create layer: " + ogr::last_error());
    add_field(*layer, "id", OFTString, path);
    add_field(*layer, "name", OFTString, path);
    add_field(*layer, "names", OFTStringList, path);
    add_field(*layer, "type", OFTString, path);
    add_field(*layer, "certainty", OFTString, path);
    add_field(*layer, "mention_count", OFTInteger, path);
    add_field(*layer, "mentions", OFTString, path, OFSTJSON);
    return *layer;
}

std::string sightings_json(const std::vector<geocode::Sighting>& sightings) {
    CPLJSONArray all;
    for (const geocode::Sighting& s : sightings) {
        CPLJSONObject o;
        o.Add("article", s.article);
        o.Add("section", s.section);
        o.Add("offset", static_cast<GInt64>(s.offset));
        o.Add("length", static_cast<GInt64>(s.length));
        all.Add(o);
    }
    return all.Format(CPLJSONObject::PrettyFormat::Plain);
}

void write_feature(OGRLayer& layer, const geocode::PlaceMentions& p, const std::string& path) {
    ogr::FeaturePtr f(OGRFeature::CreateFeature(layer.GetLayerDefn()));
    const Place& place = p.place;
    f->SetField("id", place.id.c_str());
    f->SetField("name", place.name.c_str());
    CPLStringList names;
    for (const std::string& n : place.names)
        names.AddString(n.c_str());
    f->SetField("names", names.List());
    f->SetField("type", std::string(to_string(place.type)).c_str());
    f->SetField("certainty", std::string(to_string(place.certainty)).c_str());
    f->SetField("mention_count", static_cast<int>(p.sightings.size()));
    f->SetField("mentions", sightings_json(p.sightings).c_str());
    if (ogr::GeometryPtr g = ogr::to_ogr(place.geometry))
        f->SetGeometry(g.get());
    if (layer.CreateFeature(f.get()) != OGRERR_NONE)
        throw OutputError(path, "cannot write place '" + place.id + "': " + ogr::last_error());
}

}  // namespace

std::string places_driver_for(const std::string& path) {
    return std::string(format_for(path).driver);
}

void write_places(const std::vector<geocode::PlaceMentions>& places, const std::string& path) {
    const Format& format = format_for(path);
    ogr::register_drivers();
    GDALDriver* driver =
        GetGDALDriverManager()->GetDriverByName(std::string(format.driver).c_str());
    if (!driver)
        throw OutputError(path, "GDAL has no " + std::string(format.driver) + " driver");
    AtomicFile file(path);
    std::remove(file.temp_path().c_str());  // the driver creates the file itself
    CPLErrorReset();
    ogr::DatasetPtr ds(driver->Create(file.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw OutputError(path, "cannot create: " + ogr::last_error());
    OGRLayer& layer = create_layer(*ds, format, path);
    for (const geocode::PlaceMentions& p : places)
        write_feature(layer, p, path);
    ds.reset();
    if (CPLGetLastErrorType() >= CE_Failure)
        throw OutputError(path, "cannot finish writing: " + ogr::last_error());
    file.commit();
}

}  // namespace cm
