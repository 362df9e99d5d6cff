#include "year_export.hpp"

#include <cstdio>

#include <cpl_string.h>

#include "geodata/io/atomic_file.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"
#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"
#include "geodata/query/timeline.hpp"

namespace cm {
namespace {

struct FieldSpec {
    const char* name;
    OGRFieldType type;
};

constexpr FieldSpec kFields[] = {
    {"kind", OFTString},
    {"year", OFTInteger},
    {"id", OFTString},
    {"name", OFTString},
    {"polity", OFTString},
    {"certainty", OFTString},
    {"region_ids", OFTStringList},
    {"region_id", OFTString},
    {"from", OFTString},
    {"to", OFTString},
    {"type", OFTString},
    {"first_year", OFTInteger},
    {"last_year", OFTInteger},
    {"place", OFTString},
    {"sides", OFTStringList},
    {"commanders", OFTStringList},
    {"strength", OFTInteger64},
    {"victor", OFTString},
    {"outcome", OFTString},
    {"campaign", OFTString},
    {"side", OFTString},
    {"leg", OFTInteger},
    {"via", OFTStringList},
    {"retreat", OFTInteger},
    {"note", OFTString},
    {"source", OFTString},
};

/// The output layer and the year it describes; adds features.
class YearLayer {
  public:
    YearLayer(OGRLayer& layer, int year, const std::string& path)
        : m_layer(layer), m_year(year), m_path(path) {}

    ogr::FeaturePtr start(const char* kind) const {
        ogr::FeaturePtr f(OGRFeature::CreateFeature(m_layer.GetLayerDefn()));
        f->SetField("kind", kind);
        f->SetField("year", m_year);
        return f;
    }
    void add(OGRFeature& f) const {
        if (m_layer.CreateFeature(&f) != OGRERR_NONE)
            throw OutputError(m_path, "cannot write feature: " + ogr::last_error());
    }

  private:
    OGRLayer& m_layer;
    int m_year;
    std::string m_path;
};

void set_list(OGRFeature& f, const char* field, const std::vector<std::string>& values) {
    CPLStringList list;
    for (const auto& v : values)
        list.AddString(v.c_str());
    f.SetField(field, list.List());
}

void set_text(OGRFeature& f, const char* field, const std::string& value) {
    if (!value.empty())
        f.SetField(field, value.c_str());
}

void set_geometry(OGRFeature& f, const Geometry& g) {
    ogr::GeometryPtr ogr_geometry = ogr::to_ogr(g);
    if (ogr_geometry)
        f.SetGeometryDirectly(ogr_geometry.release());
}

void add_territories(const YearLayer& out, const Atlas& atlas, int year) {
    for (const Territory& t : territories_in_year(atlas, year)) {
        ogr::FeaturePtr f = out.start("territory");
        set_text(*f, "polity", t.polity_id);
        if (const Polity* p = find_polity(atlas, t.polity_id))
            set_text(*f, "name", p->name);
        set_text(*f, "certainty", std::string(to_string(t.certainty)));
        set_list(*f, "region_ids", t.region_ids);
        set_geometry(*f, t.geometry);
        out.add(*f);
    }
}

void add_changes(const YearLayer& out, const Atlas& atlas, int year) {
    for (const RegionChange& c : region_changes(atlas, year)) {
        ogr::FeaturePtr f = out.start("change");
        set_text(*f, "region_id", c.region_id);
        set_text(*f, "from", c.from_polity);
        set_text(*f, "to", c.to_polity);
        if (const Region* r = find_region(atlas, c.region_id)) {
            set_text(*f, "name", r->name);
            set_geometry(*f, r->geometry);
        }
        if (const Control* now = holder_in_year(atlas, c.region_id, year)) {
            set_text(*f, "certainty", std::string(to_string(now->certainty)));
            set_text(*f, "note", now->note);
            set_text(*f, "source", now->source);
        }
        out.add(*f);
    }
}

std::optional<LonLat> anchor_of_place(const Atlas& atlas, const std::string& id) {
    const Place* p = find_place(atlas, id);
    if (!p || std::holds_alternative<std::monostate>(p->geometry))
        return std::nullopt;
    return anchor_of(p->geometry);
}

void add_events(const YearLayer& out, const Atlas& atlas, int year) {
    for (const Event& e : events_within(atlas, {year, year})) {
        ogr::FeaturePtr f = out.start("event");
        set_text(*f, "id", e.id);
        set_text(*f, "name", e.name);
        set_text(*f, "type", std::string(to_string(e.type)));
        f->SetField("first_year", e.years.first);
        f->SetField("last_year", e.years.last);
        set_text(*f, "place", e.place_id);
        set_list(*f, "sides", e.sides);
        set_list(*f, "commanders", e.commanders);
        if (e.strength)
            f->SetField("strength", static_cast<GIntBig>(*e.strength));
        set_text(*f, "victor", e.victor);
        set_text(*f, "outcome", e.outcome);
        set_text(*f, "certainty", std::string(to_string(e.certainty)));
        set_text(*f, "note", e.note);
        set_text(*f, "source", e.source);
        if (const auto at = anchor_of_place(atlas, e.place_id))
            set_geometry(*f, PointGeometry{*at});
        out.add(*f);
    }
}

LineGeometry leg_line(const Atlas& atlas, const Leg& leg) {
    std::vector<std::string> stops{leg.from};
    stops.insert(stops.end(), leg.via.begin(), leg.via.end());
    stops.push_back(leg.to);
    LineGeometry line;
    for (const auto& id : stops) {
        const auto at = anchor_of_place(atlas, id);
        if (!at)
            return {};
        line.points.push_back(*at);
    }
    return line;
}

void add_legs(const YearLayer& out, const Atlas& atlas, int year) {
    for (const CampaignLeg& l : legs_within(atlas, {year, year})) {
        ogr::FeaturePtr f = out.start("leg");
        set_text(*f, "campaign", l.campaign_id);
        set_text(*f, "side", l.side);
        set_list(*f, "commanders", l.commanders);
        if (l.strength)
            f->SetField("strength", static_cast<GIntBig>(*l.strength));
        f->SetField("leg", static_cast<int>(l.index));
        set_text(*f, "from", l.leg.from);
        set_text(*f, "to", l.leg.to);
        set_list(*f, "via", l.leg.via);
        f->SetField("first_year", leg_years(l.leg).first);
        f->SetField("last_year", leg_years(l.leg).last);
        f->SetField("retreat", l.leg.retreat ? 1 : 0);
        set_text(*f, "certainty", std::string(to_string(l.leg.certainty)));
        const LineGeometry line = leg_line(atlas, l.leg);
        if (!line.points.empty())
            set_geometry(*f, line);
        out.add(*f);
    }
}

OGRLayer& create_layer(GDALDataset& ds, const std::string& path) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList options;
    options.SetNameValue("RFC7946", "YES");
    OGRLayer* layer = ds.CreateLayer("year", &wgs84, wkbUnknown, options.List());
    if (!layer)
        throw OutputError(path, "cannot create layer: " + ogr::last_error());
    for (const FieldSpec& spec : kFields) {
        OGRFieldDefn field(spec.name, spec.type);
        if (spec.name == std::string("retreat"))
            field.SetSubType(OFSTBoolean);
        if (layer->CreateField(&field) != OGRERR_NONE)
            throw OutputError(path, "cannot create field: " + ogr::last_error());
    }
    return *layer;
}

}  // namespace

void export_year(const Atlas& atlas, int year, const std::string& path) {
    ogr::register_drivers();
    AtomicFile file(path);
    std::remove(file.temp_path().c_str());  // the GeoJSON driver creates the file itself
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    if (!driver)
        throw OutputError(path, "GDAL has no GeoJSON driver");
    {
        ogr::DatasetPtr ds(driver->Create(file.temp_path().c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            throw OutputError(path, "cannot create: " + ogr::last_error());
        const YearLayer out(create_layer(*ds, path), year, path);
        add_territories(out, atlas, year);
        add_changes(out, atlas, year);
        add_events(out, atlas, year);
        add_legs(out, atlas, year);
    }
    file.commit();
}

}  // namespace cm
