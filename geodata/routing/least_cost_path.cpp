#include "geodata/routing/least_cost_path.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

#include "geodata/routing/detail/cost_window.hpp"
#include "geodata/routing/leg_ends.hpp"

namespace cm {
namespace {

constexpr int kSteps[8][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
/// Tobler's top speed (km/h, slightly downhill): hours per km can never be less than this.
constexpr double kFastestHoursPerKm = 1.0 / 6.0;

using Entry = std::pair<double, int>;  // cost + estimate, cell index: ties go to the lower index

std::vector<int> search(const detail::CostWindow& w, int start, int goal) {
    const std::size_t cells = w.ceiling_m.size();
    std::vector<double> cost(cells, std::numeric_limits<double>::infinity());
    std::vector<int> came(cells, -1);
    // A lower bound of the hours left: the straight distance in cells, each no smaller than
    // the window's narrowest, at Tobler's top speed.
    const double km_x = *std::min_element(w.row_km_x.begin(), w.row_km_x.end());
    const double km_y = w.cell_km_y();
    const int gc = goal % w.width, gr = goal / w.width;
    auto estimate = [&](int i) {
        return std::hypot((i % w.width - gc) * km_x, (i / w.width - gr) * km_y) *
               kFastestHoursPerKm;
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    cost[static_cast<std::size_t>(start)] = 0.0;
    open.push({estimate(start), start});
    while (!open.empty()) {
        const auto [f, i] = open.top();
        open.pop();
        if (i == goal)
            break;
        const int c = i % w.width, r = i / w.width;
        const double here = cost[static_cast<std::size_t>(i)];
        if (f - estimate(i) > here + 1e-12)
            continue;  // a stale entry
        for (const auto& step : kSteps) {
            const int c2 = c + step[0], r2 = r + step[1];
            if (c2 < 0 || r2 < 0 || c2 >= w.width || r2 >= w.height)
                continue;
            const int j = w.index(c2, r2);
            const double through = here + detail::step_hours(w, c, r, c2, r2);
            if (through < cost[static_cast<std::size_t>(j)]) {
                cost[static_cast<std::size_t>(j)] = through;
                came[static_cast<std::size_t>(j)] = i;
                open.push({through + estimate(j), j});
            }
        }
    }
    std::vector<int> path;
    for (int i = goal; i != -1; i = came[static_cast<std::size_t>(i)])
        path.push_back(i);
    std::reverse(path.begin(), path.end());
    return path;
}

double offset_km(const LonLat& p, const LonLat& a, const LonLat& b) {
    const double k = std::cos((a.lat + b.lat) / 2.0 * M_PI / 180.0) * 111.2;
    const double dx = (b.lon - a.lon) * k, dy = (b.lat - a.lat) * 111.2;
    const double px = (p.lon - a.lon) * k, py = (p.lat - a.lat) * 111.2;
    const double len2 = dx * dx + dy * dy;
    const double t = len2 > 0 ? std::clamp((px * dx + py * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(px - dx * t, py - dy * t);
}

/// True when the chord a-b of @p line climbs more than @p rise_m above the line between them.
bool chord_climbs(const std::vector<LonLat>& line, std::size_t a, std::size_t b,
                  const ElevationGrid* grid, double rise_m) {
    if (!grid)
        return false;
    double highest = -1e9;
    for (std::size_t i = a; i <= b; ++i)
        highest = std::max(highest, height_at(*grid, line[i]));
    const double cell_km = std::max(grid->cell_height_deg() * 111.2, 1.0);
    const int samples = static_cast<int>(distance_km(line[a], line[b]) / cell_km) + 1;
    for (int k = 1; k < samples; ++k) {
        const double t = static_cast<double>(k) / samples;
        const LonLat p{line[a].lon + (line[b].lon - line[a].lon) * t,
                       line[a].lat + (line[b].lat - line[a].lat) * t};
        if (height_at(*grid, p) > highest + rise_m)
            return true;
    }
    return false;
}

struct Generalising {
    const std::vector<LonLat>& line;
    double tolerance_km;
    const ElevationGrid* grid;
    double rise_m;
    std::vector<bool> keep;

    void run(std::size_t a, std::size_t b) {
        double worst = -1.0;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i)
            if (const double d = offset_km(line[i], line[a], line[b]); d > worst)
                worst = d, at = i;
        if (at == a || (worst <= tolerance_km && !chord_climbs(line, a, b, grid, rise_m)))
            return;
        keep[at] = true;
        run(a, at);
        run(at, b);
    }
};

}  // namespace

std::vector<LonLat> least_cost_path(const Terrain& terrain, const LonLat& from, const LonLat& to,
                                    const CostSettings& settings) {
    if (!terrain.grid)
        return {from, to};
    const detail::CostWindow w = detail::cost_window(terrain, from, to, settings);
    const auto [sc, sr] = w.cell_of(from);
    const auto [gc, gr] = w.cell_of(to);
    std::vector<LonLat> out{from};
    const std::vector<int> cells = search(w, w.index(sc, sr), w.index(gc, gr));
    for (std::size_t k = 1; k + 1 < cells.size(); ++k)
        out.push_back(w.position(cells[k] % w.width, cells[k] / w.width));
    out.push_back(to);
    return out;
}

std::vector<LonLat> generalise_course(const std::vector<LonLat>& line, double tolerance_km,
                                      const ElevationGrid* grid, double rise_m) {
    if (line.size() <= 2)
        return line;
    Generalising g{line, tolerance_km, grid, rise_m, std::vector<bool>(line.size(), false)};
    g.keep.front() = g.keep.back() = true;
    g.run(0, line.size() - 1);
    std::vector<LonLat> out;
    for (std::size_t i = 0; i < line.size(); ++i)
        if (g.keep[i])
            out.push_back(line[i]);
    return out;
}

}  // namespace cm
