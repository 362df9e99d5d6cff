#include "places_writer.hpp"

#include <array>

#include <cpl_json.h>

#include "geodata/io/ogr.hpp"

namespace cm {
namespace {

constexpr std::array<VectorField, 7> kFields{{
    {"id", OFTString},
    {"name", OFTString},
    {"names", OFTStringList},
    {"type", OFTString},
    {"certainty", OFTString},
    {"mention_count", OFTInteger},
    {"mentions", OFTString, OFSTJSON},
}};

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

void write_feature(VectorOutput& out, const geocode::PlaceMentions& p) {
    ogr::FeaturePtr f = out.new_feature();
    const Place& place = p.place;
    out.set_text(*f, "id", place.id);
    out.set_text(*f, "name", place.name);
    out.set_texts(*f, "names", place.names);
    out.set_text(*f, "type", std::string(to_string(place.type)));
    out.set_text(*f, "certainty", std::string(to_string(place.certainty)));
    f->SetField("mention_count", static_cast<int>(p.sightings.size()));
    f->SetField("mentions", sightings_json(p.sightings).c_str());
    if (ogr::GeometryPtr g = ogr::to_ogr(place.geometry))
        f->SetGeometry(g.get());
    out.add(*f, "place '" + place.id + "'");
}

}  // namespace

void write_places(const std::vector<geocode::PlaceMentions>& places, const std::string& path,
                  VectorFormat format) {
    VectorOutput out(path, format, "places", kFields);
    for (const geocode::PlaceMentions& p : places)
        write_feature(out, p);
    out.commit();
}

void write_places(const std::vector<geocode::PlaceMentions>& places, const std::string& path) {
    write_places(places, path, vector_format_for(path));
}

}  // namespace cm
