#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "render/project/densify.hpp"

namespace cm {
namespace {

TEST(Densify, NoStepLongerThanTheBoundAndEndsKept) {
    const std::vector<LonLat> line{{50.0, 40.0}, {60.0, 43.0}, {60.5, 43.2}};
    const auto dense = densify(line, 0.5);
    ASSERT_GE(dense.size(), 22u);
    EXPECT_EQ(dense.front(), line.front());
    EXPECT_EQ(dense.back(), line.back());
    EXPECT_NE(std::find(dense.begin(), dense.end(), line[1]), dense.end());
    for (std::size_t i = 1; i < dense.size(); ++i) {
        EXPECT_LE(std::abs(dense[i].lon - dense[i - 1].lon), 0.5 + 1e-12);
        EXPECT_LE(std::abs(dense[i].lat - dense[i - 1].lat), 0.5 + 1e-12);
    }
}

TEST(Densify, ParallelStaysOnItsParallel) {
    for (const LonLat& p : densify({{40.0, 45.0}, {90.0, 45.0}}, 1.0))
        EXPECT_EQ(p.lat, 45.0);
}

TEST(ClipLine, KeepsOnlyThePartsInsideTheWindow) {
    const Bounds window{0.0, 0.0, 10.0, 10.0, false};
    // In, out through the east edge, back in, ends inside.
    const std::vector<LonLat> line{{5.0, 5.0}, {15.0, 5.0}, {15.0, 8.0}, {5.0, 8.0}};
    const auto parts = clip_line(line, window);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0].front(), (LonLat{5.0, 5.0}));
    EXPECT_EQ(parts[0].back(), (LonLat{10.0, 5.0}));
    EXPECT_EQ(parts[1].front(), (LonLat{10.0, 8.0}));
    EXPECT_EQ(parts[1].back(), (LonLat{5.0, 8.0}));
    EXPECT_TRUE(clip_line({{20.0, 20.0}, {30.0, 30.0}}, window).empty());
}

TEST(ClipRing, CutsToTheWindowAndDropsRingsOutside) {
    const Bounds window{0.0, 0.0, 10.0, 10.0, false};
    const Ring big{{-5.0, -5.0}, {20.0, -5.0}, {20.0, 5.0}, {-5.0, 5.0}, {-5.0, -5.0}};
    const Ring cut = clip_ring(big, window);
    ASSERT_GE(cut.size(), 5u);
    EXPECT_EQ(cut.front(), cut.back());
    for (const LonLat& p : cut) {
        EXPECT_GE(p.lon, 0.0);
        EXPECT_LE(p.lon, 10.0);
        EXPECT_GE(p.lat, 0.0);
        EXPECT_LE(p.lat, 5.0);
    }
    const Ring far{{50.0, 50.0}, {60.0, 50.0}, {60.0, 60.0}, {50.0, 50.0}};
    EXPECT_TRUE(clip_ring(far, window).empty());
    PolygonGeometry both{{Polygon{{big}}, Polygon{{far}}}};
    EXPECT_EQ(clip_polygons(both, window).polygons.size(), 1u);
}

TEST(GrowBounds, AddsTheFractionOnEverySide) {
    const Bounds b = grow({10.0, 20.0, 30.0, 30.0, false}, 0.1);
    EXPECT_DOUBLE_EQ(b.west, 8.0);
    EXPECT_DOUBLE_EQ(b.east, 32.0);
    EXPECT_DOUBLE_EQ(b.south, 19.0);
    EXPECT_DOUBLE_EQ(b.north, 31.0);
}

}  // namespace
}  // namespace cm
