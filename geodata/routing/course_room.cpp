#include "geodata/routing/course_room.hpp"

#include <algorithm>
#include <cmath>

#include "geodata/routing/terrain.hpp"

namespace cm {
namespace {

constexpr double kKmPerDeg = 111.32;
constexpr double kPi = 3.14159265358979323846;
constexpr double kStepKm = 2.0;

/// @returns @p p moved @p km along the unit vector (@p ex east, @p ny north) in km.
LonLat moved(LonLat p, double ex, double ny, double km) {
    const double c = std::cos(p.lat * kPi / 180.0);
    return {p.lon + ex * km / (kKmPerDeg * c), p.lat + ny * km / kKmPerDeg};
}

double room_at(const std::vector<LonLat>& line, std::size_t i, const ElevationGrid& grid,
               double most_km, double limit_m) {
    const LonLat a = line[i == 0 ? 0 : i - 1], b = line[std::min(i + 1, line.size() - 1)];
    const double c = std::cos(line[i].lat * kPi / 180.0);
    const double dx = (b.lon - a.lon) * c, dy = b.lat - a.lat, len = std::hypot(dx, dy);
    if (len <= 0.0)
        return most_km;
    const double ex = -dy / len, ny = dx / len;  // square to the line
    for (double d = kStepKm; d <= most_km; d += kStepKm)
        for (const double side : {1.0, -1.0})
            if (height_at(grid, moved(line[i], ex * side, ny * side, d)) > limit_m)
                return d - kStepKm;
    return most_km;
}

}  // namespace

std::vector<double> course_room_km(const std::vector<LonLat>& line, const ElevationGrid& grid,
                                   double most_km, double ceiling_m, double rise_m,
                                   double near_rise_m) {
    const double ends = std::max(height_at(grid, line.front()), height_at(grid, line.back()));
    std::vector<double> room;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const double here = height_at(grid, line[i]);
        const double limit = std::min(std::max(ends + rise_m, here + near_rise_m), ceiling_m);
        room.push_back(here > limit ? 0.0 : room_at(line, i, grid, most_km, limit));
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
