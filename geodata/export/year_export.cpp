#include "year_export.hpp"

#include "geodata/io/ogr.hpp"
#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"
#include "geodata/query/timeline.hpp"
#include "geodata/routing/courses.hpp"

namespace cm {
namespace {

constexpr VectorField kFields[] = {
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
    {"retreat", OFTInteger, OFSTBoolean},
    {"course", OFTString},
    {"result", OFTString},
    {"note", OFTString},
    {"source", OFTString},
};

/// The output layer and the year it describes; adds features.
class YearLayer {
  public:
    YearLayer(VectorOutput& out, int year) : m_out(out), m_year(year) {}

    ogr::FeaturePtr start(const char* kind) const {
        ogr::FeaturePtr f = m_out.new_feature();
        f->SetField("kind", kind);
        f->SetField("year", m_year);
        return f;
    }
    void text(OGRFeature& f, const char* field, const std::string& value) const {
        m_out.set_text(f, field, value);
    }
    void texts(OGRFeature& f, const char* field, const std::vector<std::string>& values) const {
        m_out.set_texts(f, field, values);
    }
    void add(OGRFeature& f, const std::string& record) const { m_out.add(f, record); }

  private:
    VectorOutput& m_out;
    int m_year;
};

void set_geometry(OGRFeature& f, const Geometry& g) {
    ogr::GeometryPtr ogr_geometry = ogr::to_ogr(g);
    if (ogr_geometry)
        f.SetGeometryDirectly(ogr_geometry.release());
}

PolygonGeometry box_of(const Bounds& b) {
    const Ring ring{{b.west, b.south},
                    {b.east, b.south},
                    {b.east, b.north},
                    {b.west, b.north},
                    {b.west, b.south}};
    return PolygonGeometry{{Polygon{{ring}}}};
}

/// Each war the year falls in, over its extent when it states one.
void add_wars(const YearLayer& out, const Atlas& atlas, int year) {
    for (const War& w : atlas.wars) {
        if (year < w.years.first || year > w.years.last)
            continue;
        ogr::FeaturePtr f = out.start("war");
        out.text(*f, "id", w.id);
        out.text(*f, "name", w.name);
        f->SetField("first_year", w.years.first);
        f->SetField("last_year", w.years.last);
        out.text(*f, "result", w.result);
        out.text(*f, "source", w.source);
        if (w.extent && !w.extent->empty)
            set_geometry(*f, box_of(*w.extent));
        out.add(*f, "war '" + w.id + "'");
    }
}

void add_territories(const YearLayer& out, const Atlas& atlas, int year) {
    for (const Territory& t : territories_in_year(atlas, year)) {
        ogr::FeaturePtr f = out.start("territory");
        out.text(*f, "polity", t.polity_id);
        if (const Polity* p = find_polity(atlas, t.polity_id))
            out.text(*f, "name", p->name);
        out.text(*f, "certainty", std::string(to_string(t.certainty)));
        out.texts(*f, "region_ids", t.region_ids);
        set_geometry(*f, t.geometry);
        out.add(*f, "territory '" + t.polity_id + "'");
    }
}

void add_changes(const YearLayer& out, const Atlas& atlas, int year) {
    for (const RegionChange& c : region_changes(atlas, year)) {
        ogr::FeaturePtr f = out.start("change");
        out.text(*f, "region_id", c.region_id);
        out.text(*f, "from", c.from_polity);
        out.text(*f, "to", c.to_polity);
        if (const Region* r = find_region(atlas, c.region_id)) {
            out.text(*f, "name", r->name);
            set_geometry(*f, r->geometry);
        }
        if (const Control* now = holder_in_year(atlas, c.region_id, year)) {
            out.text(*f, "certainty", std::string(to_string(now->certainty)));
            out.text(*f, "note", now->note);
            out.text(*f, "source", now->source);
        }
        out.add(*f, "change of region '" + c.region_id + "'");
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
        out.text(*f, "id", e.id);
        out.text(*f, "name", e.name);
        out.text(*f, "type", std::string(to_string(e.type)));
        f->SetField("first_year", e.years.first);
        f->SetField("last_year", e.years.last);
        out.text(*f, "place", e.place_id);
        out.texts(*f, "sides", e.sides);
        out.texts(*f, "commanders", e.commanders);
        if (e.strength)
            f->SetField("strength", static_cast<GIntBig>(*e.strength));
        out.text(*f, "victor", e.victor);
        out.text(*f, "outcome", e.outcome);
        out.text(*f, "certainty", std::string(to_string(e.certainty)));
        out.text(*f, "note", e.note);
        out.text(*f, "source", e.source);
        if (const auto at = anchor_of_place(atlas, e.place_id))
            set_geometry(*f, PointGeometry{*at});
        out.add(*f, "event '" + e.id + "'");
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

void add_legs(const YearLayer& out, const Atlas& atlas, int year, const CourseTable* courses) {
    for (const CampaignLeg& l : legs_within(atlas, {year, year})) {
        ogr::FeaturePtr f = out.start("leg");
        out.text(*f, "campaign", l.campaign_id);
        out.text(*f, "side", l.side);
        out.texts(*f, "commanders", l.commanders);
        if (l.strength)
            f->SetField("strength", static_cast<GIntBig>(*l.strength));
        f->SetField("leg", static_cast<int>(l.index));
        out.text(*f, "from", l.leg.from);
        out.text(*f, "to", l.leg.to);
        out.texts(*f, "via", l.leg.via);
        f->SetField("first_year", leg_years(l.leg).first);
        f->SetField("last_year", leg_years(l.leg).last);
        f->SetField("retreat", l.leg.retreat ? 1 : 0);
        out.text(*f, "certainty", std::string(to_string(l.leg.certainty)));
        const CourseKind kind = course_kind_of(l.leg);
        out.text(*f, "course", std::string(to_string(kind)));
        const LegCourse* course =
            courses ? courses->find(course_key(leg_place_ids(l.leg), kind)) : nullptr;
        const LineGeometry line = course ? LineGeometry{course->line} : leg_line(atlas, l.leg);
        if (!line.points.empty())
            set_geometry(*f, line);
        out.add(*f, "leg " + std::to_string(l.index) + " of campaign '" + l.campaign_id + "'");
    }
}

}  // namespace

void export_year(const Atlas& atlas, int year, const std::string& path, VectorFormat format,
                 const CourseTable* courses) {
    VectorOutput file(path, format, "year", kFields);
    const YearLayer out(file, year);
    add_wars(out, atlas, year);
    add_territories(out, atlas, year);
    add_changes(out, atlas, year);
    add_events(out, atlas, year);
    add_legs(out, atlas, year, courses);
    file.commit();
}

void export_year(const Atlas& atlas, int year, const std::string& path,
                 const CourseTable* courses) {
    export_year(atlas, year, path, vector_format_for(path), courses);
}

}  // namespace cm
