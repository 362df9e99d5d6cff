// The border topology of a history (part of check_history): the segments of borders.geojson
// must meet at shared nodes and enclose one face per region point.

#include <cstdio>
#include <map>
#include <memory>

#include "geodata/check/detail/history_checks.hpp"
#include "geodata/check/detail/meeting_pairs.hpp"
#include "geodata/check/nearest_id.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/io/region_faces.hpp"

namespace cm::detail {
namespace {

std::string where(const LonLat& p) {
    char text[64];
    std::snprintf(text, sizeof text, "lon %.4f, lat %.4f", p.lon, p.lat);
    return text;
}

bool position_less(const LonLat& a, const LonLat& b) {
    return a.lon < b.lon || (a.lon == b.lon && a.lat < b.lat);
}

void check_dangling_ends(const Atlas& atlas, const std::string& file, ProblemList& problems) {
    std::map<LonLat, int, decltype(&position_less)> ends(&position_less);
    for (const Border& b : atlas.borders) {
        ++ends[b.line.points.front()];
        ++ends[b.line.points.back()];
    }
    for (const Border& b : atlas.borders)
        for (const LonLat& end : {b.line.points.front(), b.line.points.back()})
            if (ends[end] == 1)
                problems.push_back({file, "border '" + b.id + "'", "geometry",
                                    "dangling end at " + where(end) +
                                        ": no other border ends there (end it on a node)"});
}

/// Where @p a and @p b meet other than at an end they share, or nothing.
std::optional<LonLat> crossing(const Border& a, const OGRGeometry& ga, const Border& b,
                               const OGRGeometry& gb) {
    if (!ga.Intersects(&gb))
        return std::nullopt;
    const ogr::GeometryPtr common(ga.Intersection(&gb));
    if (!common || common->IsEmpty())
        return std::nullopt;
    const auto type = wkbFlatten(common->getGeometryType());
    if (type == wkbPoint || type == wkbMultiPoint) {
        std::vector<LonLat> points;
        if (type == wkbPoint)
            points.push_back({common->toPoint()->getX(), common->toPoint()->getY()});
        else
            for (const OGRPoint* p : *common->toMultiPoint())
                points.push_back({p->getX(), p->getY()});
        for (const LonLat& p : points)
            if (!(is_border_end(a, p) && is_border_end(b, p)))
                return p;
        return std::nullopt;
    }
    OGRPoint inside;
    common->Centroid(&inside);
    return LonLat{inside.getX(), inside.getY()};
}

void check_crossings(const Atlas& atlas, const std::string& file, ProblemList& problems) {
    for (const auto& [i, j] : maybe_meeting_pairs(atlas.borders)) {
        const ogr::GeometryPtr a = ogr::to_ogr(Geometry{atlas.borders[i].line});
        const ogr::GeometryPtr b = ogr::to_ogr(Geometry{atlas.borders[j].line});
        if (const auto at = crossing(atlas.borders[i], *a, atlas.borders[j], *b))
            problems.push_back({file, "border '" + atlas.borders[i].id + "'", "geometry",
                                "meets border '" + atlas.borders[j].id + "' at " + where(*at) +
                                    " without a shared node (split both there)"});
    }
}

void check_follows(const Atlas& atlas, const std::string& file, ProblemList& problems) {
    std::vector<std::string> ids;
    for (const Place& p : atlas.places)
        ids.push_back(p.id);
    for (const Border& b : atlas.borders) {
        if (b.follows.empty())
            continue;
        const std::string record = "border '" + b.id + "'";
        const Place* place = find_place(atlas, b.follows);
        if (!place)
            problems.push_back(
                {file, record, "follows",
                 "unknown place id '" + b.follows + "'" + did_you_mean(b.follows, ids)});
        else if (!std::holds_alternative<LineGeometry>(place->geometry) &&
                 !std::holds_alternative<MultiLineGeometry>(place->geometry))
            problems.push_back({file, record, "follows",
                                "'" + b.follows +
                                    "' has no line to follow (only a river's or a "
                                    "range's line can be followed)"});
        else if (b.follows_moved_km > kFollowsSnapKm)
            problems.push_back({file, record, "follows",
                                "an end at " + where(b.line.points.front()) + " or " +
                                    where(b.line.points.back()) + " lay " +
                                    std::to_string(static_cast<int>(b.follows_moved_km)) +
                                    " km from '" + b.follows + "': move it onto the line"});
    }
}

/// A point inside @p face: the middle of its longest run along the parallel through the middle
/// of its bounds.
LonLat inside_of(const Polygon& face) {
    const Bounds box = bounds_of(Geometry{PolygonGeometry{{face}}});
    const double lat = (box.south + box.north) / 2;
    constexpr int kSteps = 400;
    int best_start = -1, best_length = 0, start = -1;
    for (int i = 0; i <= kSteps + 1; ++i) {
        const double lon = box.west + (box.east - box.west) * i / kSteps;
        const bool in = i <= kSteps && polygon_contains(face, {lon, lat});
        if (in && start < 0)
            start = i;
        if (!in && start >= 0) {
            if (i - start > best_length)
                best_start = start, best_length = i - start;
            start = -1;
        }
    }
    if (best_start < 0)
        return face.rings.front().front();
    const double middle = best_start + (best_length - 1) / 2.0;
    return {box.west + (box.east - box.west) * middle / kSteps, lat};
}

/// A face inside a gazetteer sea (the Caspian, when the regions run along its shore) is water,
/// no region: it needs no region point.
bool is_sea(const Atlas& atlas, const LonLat& p) {
    for (const Place& place : atlas.places)
        if (place.type == PlaceType::sea)
            if (const auto* g = std::get_if<PolygonGeometry>(&place.geometry);
                g && polygons_contain(*g, p))
                return true;
    return false;
}

void check_faces(const Atlas& atlas, const std::string& file, ProblemList& problems) {
    // The faces the regions were built from; an atlas whose regions were not built from its
    // borders (made in code) has none, and its borders are polygonised here.
    const std::vector<Polygon> built =
        atlas.faces.empty() ? border_faces(atlas.borders) : std::vector<Polygon>{};
    const std::vector<Polygon>& faces = atlas.faces.empty() ? built : atlas.faces;
    std::vector<const Region*> owner(faces.size(), nullptr);
    for (const Region& r : atlas.regions) {
        bool placed = false;
        for (std::size_t f = 0; f < faces.size() && !placed; ++f) {
            if (!polygon_contains(faces[f], r.at))
                continue;
            placed = true;
            if (owner[f])
                problems.push_back({file, "region '" + r.id + "'", "geometry",
                                    "lies in one face with region '" + owner[f]->id + "' (at " +
                                        where(r.at) + "): a border between them is missing"});
            else
                owner[f] = &r;
        }
        if (!placed)
            problems.push_back(
                {file, "region '" + r.id + "'", "geometry",
                 "its point at " + where(r.at) + " lies outside every face of borders.geojson"});
    }
    for (std::size_t f = 0; f < faces.size(); ++f)
        if (!owner[f] && !is_sea(atlas, inside_of(faces[f])))
            problems.push_back({file, "face around " + where(inside_of(faces[f])), "",
                                "no region point lies in it: add one to regions.geojson"});
}

/// Every region's outline, a face of the borders, must be valid: a year's territory is a union
/// of faces, valid when they are, so the years need no check of their own.
void check_face_geometry(const Atlas& atlas, const std::string& borders_file,
                         ProblemList& problems) {
    for (const Region& r : atlas.regions)
        if (!r.geometry.polygons.empty() && !ogr::to_ogr_multipolygon(r.geometry)->IsValid())
            problems.push_back({borders_file, "region '" + r.id + "'", "",
                                "its outline, built from the borders, is not valid geometry"});
}

}  // namespace

void check_border_topology(const Atlas& atlas, const std::string& borders_file,
                           const std::string& regions_file, ProblemList& problems) {
    check_dangling_ends(atlas, borders_file, problems);
    check_crossings(atlas, borders_file, problems);
    check_follows(atlas, borders_file, problems);
    check_faces(atlas, regions_file, problems);
    check_face_geometry(atlas, borders_file, problems);
}

}  // namespace cm::detail
