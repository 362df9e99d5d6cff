#include "geodata/routing/course_room.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "geodata/routing/terrain.hpp"

namespace cm {
namespace {

constexpr double kKmPerDeg = 111.32;
constexpr double kPi = 3.14159265358979323846;
constexpr double kStepKm = 2.0;

/// The positions square to a direction (@p dx east, @p dy north, not both 0) from @p p, to
/// @p side (1: left, -1: right): the unit vector and the parallel's scale found once for the
/// steps out along it.
struct Aside {
    Aside(LonLat p, double dx, double dy, double side) : from(p) {
        const double len = std::hypot(dx, dy);
        ex = -dy / len * side;
        ny = dx / len * side;
        c = std::cos(p.lat * kPi / 180.0);
    }
    /// @returns the position @p km out.
    LonLat at(double km) const {
        return {from.lon + ex * km / (kKmPerDeg * c), from.lat + ny * km / kKmPerDeg};
    }
    LonLat from;
    double ex = 0.0, ny = 0.0, c = 1.0;
};

/// @returns how far (km, in kStepKm steps, up to @p most_km) @p p may move to @p side of the
/// direction (@p dx, @p dy) before the ground is higher than @p limit_m.
double room_aside(LonLat p, double dx, double dy, double side, const ElevationGrid& grid,
                  double most_km, double limit_m) {
    if (std::hypot(dx, dy) <= 0.0)
        return most_km;
    const Aside aside(p, dx, dy, side);
    for (double d = kStepKm; d <= most_km; d += kStepKm)
        if (height_at(grid, aside.at(d)) > limit_m)
            return d - kStepKm;
    return most_km;
}

/// The direction of the segment from @p a to @p b in km-like units (east, north).
std::pair<double, double> direction(LonLat a, LonLat b) {
    const double c = std::cos((a.lat + b.lat) / 2.0 * kPi / 180.0);
    return {(b.lon - a.lon) * c, b.lat - a.lat};
}

/// The room to @p side along the segment from @p a to @p b: the least at points kStepKm apart,
/// each for its own limit (@p limit_of, of the point).
template <class Limit>
double segment_room(LonLat a, LonLat b, double side, const ElevationGrid& grid, double most_km,
                    const Limit& limit_of) {
    const auto [dx, dy] = direction(a, b);
    const int steps = std::max(1, static_cast<int>(std::ceil(distance_km(a, b) / kStepKm)));
    double room = most_km;
    for (int k = 0; k <= steps; ++k) {
        const double t = static_cast<double>(k) / steps;
        const LonLat p{a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t};
        room = std::min(room, room_aside(p, dx, dy, side, grid, room, limit_of(p)));
    }
    return room;
}

}  // namespace

CourseRoom course_room_km(const std::vector<LonLat>& line, const ElevationGrid& grid,
                          double most_km, double ceiling_m, double rise_m, double near_rise_m) {
    if (line.empty())
        return {};
    const double ends = std::max(height_at(grid, line.front()), height_at(grid, line.back()));
    CourseRoom room;
    const std::size_t n = line.size();
    const auto limit_of = [&](LonLat p) {
        return std::min(std::max(ends + rise_m, height_at(grid, p) + near_rise_m), ceiling_m);
    };
    std::vector<double> limit(n);
    for (std::size_t i = 0; i < n; ++i)
        limit[i] = limit_of(line[i]);
    for (const double side : {1.0, -1.0}) {
        std::vector<double> along;  // the room along each segment
        for (std::size_t i = 0; i + 1 < n; ++i)
            along.push_back(segment_room(line[i], line[i + 1], side, grid, most_km, limit_of));
        std::vector<double>& out = side > 0 ? room.left_km : room.right_km;
        for (std::size_t i = 0; i < n; ++i) {
            if (height_at(grid, line[i]) > limit[i]) {
                out.push_back(0.0);
                continue;
            }
            const LonLat a = line[i == 0 ? 0 : i - 1], b = line[std::min(i + 1, n - 1)];
            const auto [dx, dy] = direction(a, b);
            double r = room_aside(line[i], dx, dy, side, grid, most_km, limit[i]);
            if (i > 0)
                r = std::min(r, along[i - 1]);
            if (i + 1 < n)
                r = std::min(r, along[i]);
            out.push_back(r);
        }
    }
    return room;
}

double course_ceiling_m(const std::vector<LonLat>& line, const ElevationGrid& grid,
                        const std::vector<LonLat>& passes, double rise_m, double pass_km) {
    double highest = std::max(height_at(grid, line.front()), height_at(grid, line.back()));
    for (const LonLat& pass : passes)
        for (const LonLat& p : line)
            if (distance_km(p, pass) < pass_km) {
                highest = std::max(highest, height_at(grid, pass));
                break;
            }
    return highest + rise_m;
}

}  // namespace cm
