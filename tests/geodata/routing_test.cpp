// Least-cost paths over synthetic height grids: high ranges crossed at the passes the terrain
// names, lakes gone round, areas left at their edge, the same path for the same inputs, and
// generalisation that keeps a course in its valley.

#include <cmath>
#include <optional>

#include <gtest/gtest.h>

#include "geodata/routing/least_cost_path.hpp"
#include "geodata/routing/leg_ends.hpp"

namespace cm {
namespace {

/// 60 x 40 cells of 0.1° from (60 E, 44 N): flat at 500 m, with @p height_m where it says.
ElevationGrid grid_of(double (*height_m)(double lon, double lat)) {
    ElevationGrid g;
    g.width = 60, g.height = 40;
    g.west = 60.0, g.east = 65.9, g.north = 44.0, g.south = 40.1;
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.metres.push_back(static_cast<float>(height_m(g.west + c * 0.1, g.north - r * 0.1)));
    return g;
}

/// A range along 63° E, 3,000 m high from edge to edge.
double ridge(double lon, double) {
    return std::abs(lon - 63.0) < 0.25 ? 3000.0 : 500.0;
}

/// A spur along 63° E from the north edge down to 41° N, 3,000 m high.
double spur(double lon, double lat) {
    return std::abs(lon - 63.0) < 0.3 && lat > 41.0 ? 3000.0 : 500.0;
}

double flat(double, double) {
    return 500.0;
}

/// Where @p path crosses 63° E (west to east), if it does.
std::optional<LonLat> crossing(const std::vector<LonLat>& path) {
    for (std::size_t i = 1; i < path.size(); ++i)
        if (path[i - 1].lon < 63.0 && path[i].lon >= 63.0)
            return path[i];
    return std::nullopt;
}

TEST(Routing, HighRangeIsCrossedAtThePass) {
    const ElevationGrid g = grid_of(ridge);
    Terrain terrain{&g, {{63.0, 40.5}}, {}};
    const std::vector<LonLat> path = least_cost_path(terrain, {61.0, 42.0}, {65.0, 42.0});
    ASSERT_GT(path.size(), 2u);
    const std::optional<LonLat> at_pass = crossing(path);
    ASSERT_TRUE(at_pass.has_value()) << "the path never crosses the range";
    EXPECT_LT(distance_km(*at_pass, {63.0, 40.5}), 25.0);
    // Without the pass it crosses elsewhere (where the range is narrowest in km: north).
    terrain.passes.clear();
    const std::vector<LonLat> over = least_cost_path(terrain, {61.0, 42.0}, {65.0, 42.0});
    const std::optional<LonLat> elsewhere = crossing(over);
    ASSERT_TRUE(elsewhere.has_value()) << "the path never crosses the range";
    EXPECT_GT(distance_km(*elsewhere, {63.0, 40.5}), 100.0);
}

TEST(Routing, LakesAreGoneRound) {
    const ElevationGrid g = grid_of(flat);
    const Polygon lake{{{{62.5, 40.5}, {63.5, 40.5}, {63.5, 42.0}, {62.5, 42.0}, {62.5, 40.5}}}};
    const Terrain terrain{&g, {}, {PolygonGeometry{{lake}}}};
    const std::vector<LonLat> path = least_cost_path(terrain, {61.0, 41.2}, {65.0, 41.2});
    ASSERT_GT(path.size(), 2u) << "the straight line between the ends crosses the lake";
    // Every point of every segment, not only the vertices, stays out of the lake.
    for (std::size_t i = 1; i < path.size(); ++i)
        for (double t = 0.0; t <= 1.0; t += 0.05) {
            const LonLat p{path[i - 1].lon + (path[i].lon - path[i - 1].lon) * t,
                           path[i - 1].lat + (path[i].lat - path[i - 1].lat) * t};
            EXPECT_FALSE(p.lon > 62.55 && p.lon < 63.45 && p.lat > 40.55 && p.lat < 41.95)
                << p.lon << ", " << p.lat << " is in the lake";
        }
}

TEST(Routing, TheSameInputsGiveTheSamePath) {
    const ElevationGrid g = grid_of(ridge);
    const Terrain terrain{&g, {{63.0, 43.2}, {63.0, 40.5}}, {}};
    EXPECT_EQ(least_cost_path(terrain, {61.0, 41.9}, {65.0, 41.7}),
              least_cost_path(terrain, {61.0, 41.9}, {65.0, 41.7}));
}

TEST(Routing, AnAreaIsLeftAtTheEdgeNearestTheOtherEnd) {
    const Polygon square{{{{60.0, 40.0}, {62.0, 40.0}, {62.0, 42.0}, {60.0, 42.0}, {60.0, 40.0}}}};
    const LonLat at = end_point(PolygonGeometry{{square}}, {70.0, 41.5});
    EXPECT_NEAR(at.lon, 62.0, 1e-9);
    EXPECT_NEAR(at.lat, 41.5, 0.05);
    // From inside, the area's anchor: there is no edge to go to.
    const LonLat inside = end_point(PolygonGeometry{{square}}, {61.5, 41.5});
    EXPECT_NEAR(inside.lon, 61.0, 1e-9);
}

TEST(Routing, GeneralisingKeepsACourseOffTheRange) {
    const ElevationGrid g = grid_of(spur);
    // Round the south end of the spur: the chord between the ends would cross it.
    const std::vector<LonLat> around{{62.0, 42.0}, {62.5, 41.0}, {62.7, 40.6},
                                     {63.3, 40.6}, {63.5, 41.0}, {64.0, 42.0}};
    EXPECT_EQ(generalise_course(around, 1000.0, nullptr).size(), 2u);
    const std::vector<LonLat> kept = generalise_course(around, 1000.0, &g);
    ASSERT_GT(kept.size(), 2u);
    for (std::size_t i = 1; i < kept.size(); ++i)
        for (double t = 0.0; t <= 1.0; t += 0.05) {
            const LonLat p{kept[i - 1].lon + (kept[i].lon - kept[i - 1].lon) * t,
                           kept[i - 1].lat + (kept[i].lat - kept[i - 1].lat) * t};
            EXPECT_LT(height_at(g, p), 500.0 + 150.0 + 1.0) << p.lon << ", " << p.lat;
        }
}

}  // namespace
}  // namespace cm
