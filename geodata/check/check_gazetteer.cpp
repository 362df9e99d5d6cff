// Validation of the gazetteer as a whole: what the loader cannot see feature by feature
// (duplicate ids, names shared between places) and what needs GEOS (valid polygons).

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <cpl_error.h>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/ogr.hpp"

namespace cm {
namespace {

std::string record_of(const Place& p) {
    return "feature '" + p.id + "'";
}

/// Silences GDAL's error printing while GEOS validates, and keeps its last message.
class QuietGdalErrors {
  public:
    QuietGdalErrors() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;

    static std::string last_message() { return CPLGetLastErrorMsg(); }
};

/// Names compare without regard to ASCII case or repeated spaces: "Ili river" == "Ili River".
std::string comparable(const std::string& name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isspace(u)) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
            continue;
        }
        out += static_cast<char>(u < 0x80 ? std::tolower(u) : u);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

void check_ids(const std::vector<Place>& places, const std::string& file, ProblemList& out) {
    std::set<std::string> seen;
    for (const Place& p : places)
        if (!seen.insert(p.id).second)
            out.push_back({file, record_of(p), "id", "duplicate id '" + p.id + "'"});
}

void check_coordinates(const Place& p, const std::string& file, ProblemList& out) {
    bool bad = false;
    for_each_position(p.geometry, [&](const LonLat& q) {
        bad = bad || !std::isfinite(q.lon) || !std::isfinite(q.lat) || std::abs(q.lon) > 180.0 ||
              std::abs(q.lat) > 90.0;
    });
    if (bad)
        out.push_back({file, record_of(p), "geometry", "coordinate out of range or not a number"});
}

/// Ring shape first (our own words), then GEOS for self-intersections and overlaps.
void check_shape(const Place& p, const std::string& file, ProblemList& out) {
    if (const auto* line = std::get_if<LineGeometry>(&p.geometry)) {
        if (line->points.size() < 2)
            out.push_back({file, record_of(p), "geometry", "a line needs at least two positions"});
        return;
    }
    const auto* polygons = std::get_if<PolygonGeometry>(&p.geometry);
    if (!polygons)
        return;
    for (const Polygon& poly : polygons->polygons)
        for (const Ring& ring : poly.rings)
            if (ring.size() < 4 || ring.front() != ring.back()) {
                out.push_back({file, record_of(p), "geometry",
                               "a polygon ring needs four or more positions and must be closed"});
                return;
            }
    const QuietGdalErrors quiet;
    const ogr::GeometryPtr g = ogr::to_ogr(p.geometry);
    if (g && !g->IsValid()) {
        std::string why = QuietGdalErrors::last_message();
        out.push_back({file, record_of(p), "geometry",
                       "invalid polygon (self-intersecting or overlapping rings)" +
                           (why.empty() ? std::string() : ": " + why)});
    }
}

void check_own_names(const Place& p, const std::string& file, ProblemList& out) {
    if (std::find(p.names.begin(), p.names.end(), p.name) == p.names.end())
        out.push_back({file, record_of(p), "names", "does not include the name '" + p.name + "'"});
    if (p.certainty != Certainty::exact && p.note.empty())
        out.push_back({file, record_of(p), "note", "a place that is not exact needs a note"});
}

bool flags(const Place& p, const std::string& key) {
    return std::any_of(p.shared_names.begin(), p.shared_names.end(),
                       [&](const std::string& s) { return comparable(s) == key; });
}

/// A variant as one place spells it.
struct Holder {
    const Place* place;
    const std::string* spelling;
};

/// Every variant must belong to one place, or be flagged in shared_names by each place
/// that has it; a flag on a name no other place has is stale and reported too. Places
/// with the same id are reported once as duplicates, not again for their names.
void check_shared_names(const std::vector<Place>& places, const std::string& file,
                        ProblemList& out) {
    std::map<std::string, std::vector<Holder>> holders;
    for (const Place& p : places) {
        std::set<std::string> own;
        for (const std::string& n : p.names)
            if (own.insert(comparable(n)).second)
                holders[comparable(n)].push_back({&p, &n});
    }
    for (const auto& [key, held_by] : holders) {
        for (const Holder& h : held_by) {
            const auto other = std::find_if(held_by.begin(), held_by.end(), [&](const Holder& o) {
                return o.place->id != h.place->id;
            });
            if (other == held_by.end() || flags(*h.place, key))
                continue;
            out.push_back({file, record_of(*h.place), "names",
                           "variant '" + *h.spelling + "' is also a name of '" + other->place->id +
                               "'; list it in shared_names if the ambiguity is intended"});
        }
    }
    for (const Place& p : places)
        for (const std::string& s : p.shared_names) {
            const auto& held_by = holders[comparable(s)];
            const bool shared = std::any_of(held_by.begin(), held_by.end(),
                                            [&](const Holder& o) { return o.place->id != p.id; });
            if (!shared)
                out.push_back({file, record_of(p), "shared_names",
                               "'" + s + "' is flagged as shared but no other place has it"});
        }
}

}  // namespace

ProblemList check_gazetteer(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems;
    const std::string& file = files.gazetteer;
    check_ids(atlas.places, file, problems);
    for (const Place& p : atlas.places) {
        check_coordinates(p, file, problems);
        check_shape(p, file, problems);
        check_own_names(p, file, problems);
    }
    check_shared_names(atlas.places, file, problems);
    return problems;
}

}  // namespace cm
