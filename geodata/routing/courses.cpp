#include "geodata/routing/courses.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>
#include <set>
#include <thread>

#include "geodata/query/timeline.hpp"
#include "geodata/routing/bundle.hpp"
#include "geodata/routing/course_room.hpp"
#include "geodata/routing/least_cost_path.hpp"
#include "geodata/routing/leg_ends.hpp"

namespace cm {
namespace {

constexpr double kCellDeg = 1.0 / 6.0;
/// Vertices of a course nearer than this share of the generalisation to each other are thinned
/// (on the page: 0.6 mm of the 2.5 mm), so the curve through them does not kink.
constexpr double kTidyShare = 0.25;
/// A bundle's legs are drawn no farther aside than this share of the generalisation.
constexpr double kRoomShare = 2.0;
/// Nor where the ground rises more than this above the highest of a leg's ends and the passes
/// it goes by (within the pass radius): 100 m under the 800 m an inferred course may climb.
constexpr double kCeilingRiseM = 700.0;

}  // namespace

std::vector<RoutedLeg> route_legs(const Atlas& atlas, const YearRange& years,
                                  const Terrain& terrain) {
    std::vector<RoutedLeg> legs;
    std::set<std::string> keys;
    for (const CampaignLeg& l : legs_within(atlas, years)) {
        const CourseKind kind = course_kind_of(l.leg);
        std::string key = course_key(leg_place_ids(l.leg), kind);
        if (keys.count(key))
            continue;
        std::vector<LonLat> stops = leg_stops(atlas, l.leg);
        if (stops.size() < 2)
            continue;
        keys.insert(key);
        if (kind == CourseKind::inferred)
            stops = least_cost_path(terrain, stops.front(), stops.back());
        legs.push_back({std::move(key), kind, std::move(stops)});
    }
    return legs;
}

CourseTable courses_of(const std::vector<RoutedLeg>& legs, const Terrain& terrain,
                       double generalise_km) {
    CourseTable table;
    std::vector<std::string> order;
    for (const RoutedLeg& leg : legs) {
        std::vector<LonLat> line = leg.kind == CourseKind::inferred
                                       ? generalise_course(leg.line, generalise_km, terrain.grid)
                                       : leg.line;
        table.courses.emplace(leg.key, LegCourse{leg.kind, std::move(line), {}, {}});
        order.push_back(leg.key);
    }
    bundle_courses(table, order, generalise_km, generalise_km * kTidyShare);
    if (!terrain.grid)
        return table;
    std::vector<LegCourse*> inferred;
    for (auto& [key, course] : table.courses)
        if (course.kind == CourseKind::inferred)
            inferred.push_back(&course);
    // Each course's room is its own: they are measured on every core, a course at a time.
    const double pass_km = CostSettings{}.pass_radius_km;
    std::atomic<std::size_t> next{0};
    const auto measure = [&] {
        for (std::size_t i = next++; i < inferred.size(); i = next++) {
            LegCourse& course = *inferred[i];
            CourseRoom room =
                course_room_km(course.line, *terrain.grid, generalise_km * kRoomShare,
                               course_ceiling_m(course.line, *terrain.grid, terrain.passes,
                                                kCeilingRiseM, pass_km));
            course.room_left_km = std::move(room.left_km);
            course.room_right_km = std::move(room.right_km);
        }
    };
    const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<std::future<void>> helpers;
    for (unsigned t = 1; t < cores && t < inferred.size(); ++t)
        helpers.push_back(std::async(std::launch::async, measure));
    measure();
    for (auto& h : helpers)
        h.get();
    return table;
}

CourseTable route_courses(const Atlas& atlas, const YearRange& years, const Terrain& terrain,
                          double generalise_km) {
    return courses_of(route_legs(atlas, years, terrain), terrain, generalise_km);
}

Bounds terrain_window(const Atlas& atlas, const YearRange& years) {
    Bounds b;
    for (const CampaignLeg& l : legs_within(atlas, years))
        for (const std::string& id : leg_place_ids(l.leg))
            if (const Place* p = find_place(atlas, id))
                b.extend(bounds_of(p->geometry));
    if (b.empty)
        return b;
    const CostSettings settings;
    const double span = std::max(b.east - b.west, b.north - b.south);
    const double m = std::max(settings.window_margin_deg, span * settings.window_margin_share);
    b.west -= m, b.east += m;
    b.south = std::max(-89.0, b.south - m), b.north = std::min(89.0, b.north + m);
    return b;
}

GridSize terrain_grid_size(const Bounds& window) {
    return {static_cast<int>(std::ceil((window.east - window.west) / kCellDeg)),
            static_cast<int>(std::ceil((window.north - window.south) / kCellDeg))};
}

}  // namespace cm
