#include "geodata/routing/leg_ends.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "geodata/model/geometry.hpp"

namespace cm {
namespace {

constexpr double kDegToRad = M_PI / 180.0;
/// Ends nearer than this are of areas that touch.
constexpr double kTouchingKm = 30.0;

/// Local plane around @p origin: x east and y north, in degrees of latitude.
struct LocalPlane {
    LonLat origin;
    double k = std::cos(origin.lat * kDegToRad);
    double x(const LonLat& p) const { return (p.lon - origin.lon) * k; }
    double y(const LonLat& p) const { return p.lat - origin.lat; }
};

/// Keeps in @p best the point of segment a-b nearest @p plane's origin.
void nearest_on_segment(const LocalPlane& plane, const LonLat& a, const LonLat& b, LonLat& best,
                        double& best_d2) {
    const double ax = plane.x(a), ay = plane.y(a), bx = plane.x(b), by = plane.y(b);
    const double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    const double t = len2 > 0.0 ? std::clamp(-(ax * dx + ay * dy) / len2, 0.0, 1.0) : 0.0;
    const double px = ax + dx * t, py = ay + dy * t, d2 = px * px + py * py;
    if (d2 < best_d2) {
        best_d2 = d2;
        best = {a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t};
    }
}

void nearest_on_line(const LocalPlane& plane, const std::vector<LonLat>& line, LonLat& best,
                     double& best_d2) {
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        nearest_on_segment(plane, line[i], line[i + 1], best, best_d2);
    if (line.size() == 1)
        nearest_on_segment(plane, line[0], line[0], best, best_d2);
}

const Place* place_of(const Atlas& atlas, const std::string& id, bool& missing) {
    const Place* place = find_place(atlas, id);
    missing = missing || !place || std::holds_alternative<std::monostate>(place->geometry);
    return place;
}

}  // namespace

LonLat end_point(const Geometry& place, const LonLat& towards) {
    const LocalPlane plane{towards};
    LonLat best = anchor_of(place);
    double best_d2 = std::numeric_limits<double>::infinity();
    if (const auto* l = std::get_if<LineGeometry>(&place)) {
        nearest_on_line(plane, l->points, best, best_d2);
    } else if (const auto* ml = std::get_if<MultiLineGeometry>(&place)) {
        for (const auto& line : ml->lines)
            nearest_on_line(plane, line, best, best_d2);
    } else if (const auto* pg = std::get_if<PolygonGeometry>(&place)) {
        if (polygons_contain(*pg, towards))
            return best;
        for (const Polygon& polygon : pg->polygons)
            for (const Ring& ring : polygon.rings)
                nearest_on_line(plane, ring, best, best_d2);
    }
    return best;
}

std::vector<LonLat> leg_stops(const Atlas& atlas, const Leg& leg) {
    bool missing = false;
    const Place* from = place_of(atlas, leg.from, missing);
    const Place* to = place_of(atlas, leg.to, missing);
    std::vector<LonLat> via;
    for (const std::string& id : leg.via)
        if (const Place* p = place_of(atlas, id, missing); !missing)
            via.push_back(anchor_of(p->geometry));
    if (missing)
        return {};
    // Two areas: each end moves towards the other's edge point, found from the anchors.
    const LonLat first_next = via.empty() ? anchor_of(to->geometry) : via.front();
    LonLat start = end_point(from->geometry, first_next);
    LonLat end = end_point(to->geometry, via.empty() ? start : via.back());
    if (via.empty())
        start = end_point(from->geometry, end);
    // Areas that touch: the leg crosses the border towards the first's anchor, from halfway
    // between the two, rather than shrinking to nothing on the border.
    const auto* to_area = std::get_if<PolygonGeometry>(&to->geometry);
    const bool touching =
        distance_km(start, end) < kTouchingKm || (to_area && polygons_contain(*to_area, start));
    if (via.empty() && touching && std::holds_alternative<PolygonGeometry>(from->geometry)) {
        const LonLat middle = anchor_of(from->geometry);
        end = end_point(to->geometry, middle);
        start = {(middle.lon + end.lon) / 2.0, (middle.lat + end.lat) / 2.0};
    }
    std::vector<LonLat> stops{start};
    stops.insert(stops.end(), via.begin(), via.end());
    stops.push_back(end);
    return stops;
}

}  // namespace cm
