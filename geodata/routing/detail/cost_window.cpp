#include "geodata/routing/detail/cost_window.hpp"

#include <algorithm>
#include <cmath>

#include "geodata/routing/leg_ends.hpp"

namespace cm::detail {
namespace {

constexpr double kKmPerDegree = 111.2;

void mark_water(CostWindow& w, const PolygonGeometry& water) {
    const Bounds b = bounds_of(Geometry{water});
    for (int r = 0; r < w.height; ++r)
        for (int c = 0; c < w.width; ++c) {
            const LonLat p = w.position(c, r);
            if (p.lon < b.west || p.lon > b.east || p.lat < b.south || p.lat > b.north)
                continue;
            if (polygons_contain(water, p))
                w.wet[static_cast<std::size_t>(w.index(c, r))] = 1;
        }
}

/// Cells near a pass may rise to the pass's height plus the allowance.
void open_pass(CostWindow& w, const LonLat& pass, const CostSettings& s) {
    const auto [pc, pr] = w.cell_of(pass);
    const auto ceiling = static_cast<float>(height_at(*w.grid, pass) + s.climb_allowance_m);
    const int reach_r = static_cast<int>(std::ceil(s.pass_radius_km / w.cell_km_y()));
    for (int r = std::max(0, pr - reach_r); r <= std::min(w.height - 1, pr + reach_r); ++r) {
        const int reach_c = static_cast<int>(std::ceil(s.pass_radius_km / w.cell_km_x(r)));
        for (int c = std::max(0, pc - reach_c); c <= std::min(w.width - 1, pc + reach_c); ++c) {
            float& cell = w.ceiling_m[static_cast<std::size_t>(w.index(c, r))];
            if (distance_km(w.position(c, r), pass) <= s.pass_radius_km)
                cell = std::max(cell, ceiling);
        }
    }
}

/// A step into a cell costs 1 + (excess / 100 m)³ times more above its ceiling, and the
/// water factor more in a lake or sea.
void set_penalties(CostWindow& w, const CostSettings& s) {
    w.penalty.resize(w.ceiling_m.size());
    for (int r = 0; r < w.height; ++r)
        for (int c = 0; c < w.width; ++c) {
            const auto i = static_cast<std::size_t>(w.index(c, r));
            const double excess = std::max(0.0, double(w.metres(c, r)) - w.ceiling_m[i]) / 100.0;
            w.penalty[i] = static_cast<float>((1.0 + excess * excess * excess) *
                                              (w.wet[i] ? s.water_factor : 1.0));
        }
}

/// Tobler's hiking function, km/h on a slope of @p rise per unit of run: tabulated, since a
/// search evaluates it for every step.
double tobler_kmh(double slope) {
    static const std::vector<double> table = [] {
        std::vector<double> t;
        for (int k = 0; k <= 4000; ++k)
            t.push_back(6.0 * std::exp(-3.5 * std::abs((k - 2000) / 1000.0 + 0.05)));
        return t;
    }();
    const double at = std::clamp(slope * 1000.0 + 2000.0, 0.0, 4000.0);
    const auto k = static_cast<std::size_t>(at);
    const double t = at - static_cast<double>(k);
    return k >= 4000 ? table[4000] : table[k] * (1.0 - t) + table[k + 1] * t;
}

int column_of(const ElevationGrid& g, double lon) {
    const double cw = g.cell_width_deg();
    return cw > 0 ? std::clamp(static_cast<int>(std::lround((lon - g.west) / cw)), 0, g.width - 1)
                  : 0;
}
int row_of(const ElevationGrid& g, double lat) {
    const double ch = g.cell_height_deg();
    return ch > 0 ? std::clamp(static_cast<int>(std::lround((g.north - lat) / ch)), 0, g.height - 1)
                  : 0;
}

}  // namespace

LonLat CostWindow::position(int c, int r) const {
    return {grid->west + (c0 + c) * grid->cell_width_deg(),
            grid->north - (r0 + r) * grid->cell_height_deg()};
}

double CostWindow::cell_km_y() const {
    return std::max(1e-3, grid->cell_height_deg() * kKmPerDegree);
}

std::pair<int, int> CostWindow::cell_of(const LonLat& p) const {
    return {std::clamp(column_of(*grid, p.lon) - c0, 0, width - 1),
            std::clamp(row_of(*grid, p.lat) - r0, 0, height - 1)};
}

CostWindow cost_window(const Terrain& terrain, const LonLat& from, const LonLat& to,
                       const CostSettings& s) {
    const ElevationGrid& g = *terrain.grid;
    const double span = std::max(std::abs(to.lon - from.lon), std::abs(to.lat - from.lat));
    const double m = std::max(s.window_margin_deg, span * s.window_margin_share);
    CostWindow w;
    w.grid = &g;
    w.c0 = column_of(g, std::min(from.lon, to.lon) - m);
    w.r0 = row_of(g, std::max(from.lat, to.lat) + m);
    w.width = column_of(g, std::max(from.lon, to.lon) + m) - w.c0 + 1;
    w.height = row_of(g, std::min(from.lat, to.lat) - m) - w.r0 + 1;
    const double base = std::max(height_at(g, from), height_at(g, to)) + s.climb_allowance_m;
    const auto cells = static_cast<std::size_t>(w.width) * static_cast<std::size_t>(w.height);
    w.ceiling_m.assign(cells, static_cast<float>(base));
    w.wet.assign(cells, 0);
    for (int r = 0; r < w.height; ++r) {
        const double lat = w.position(0, r).lat * M_PI / 180.0;
        w.row_km_x.push_back(std::max(1e-3, g.cell_width_deg() * kKmPerDegree * std::cos(lat)));
    }
    for (const LonLat& pass : terrain.passes)
        open_pass(w, pass, s);
    for (const PolygonGeometry& water : terrain.waters)
        mark_water(w, water);
    set_penalties(w, s);
    return w;
}

double step_hours(const CostWindow& w, int c, int r, int c2, int r2) {
    const double dx = (c2 - c) * (w.cell_km_x(r) + w.cell_km_x(r2)) / 2.0;
    const double dy = (r2 - r) * w.cell_km_y();
    const double km = std::hypot(dx, dy);
    const double rise = w.metres(c2, r2) - w.metres(c, r);
    return km / tobler_kmh(rise / (km * 1000.0)) *
           w.penalty[static_cast<std::size_t>(w.index(c2, r2))];
}

}  // namespace cm::detail
