// The one point-in-polygon test of the model (geodata/model/geometry.hpp): inside the outer
// ring and inside none of the holes.

#include <gtest/gtest.h>

#include "geodata/model/geometry.hpp"

namespace cm {
namespace {

Ring square(double west, double south, double east, double north) {
    return {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
}

TEST(PointInPolygon, InsideTheOuterRingAndOutsideItsHoles) {
    const Polygon p{{square(0, 0, 10, 10), square(2, 2, 4, 4)}};
    EXPECT_TRUE(polygon_contains(p, {5, 5}));
    EXPECT_FALSE(polygon_contains(p, {3, 3})) << "in the hole";
    EXPECT_FALSE(polygon_contains(p, {11, 5}));
    EXPECT_FALSE(polygon_contains(Polygon{}, {5, 5}));
}

TEST(PointInPolygon, OverlappingHolesAndHolesOutsideDoNotCountTwice) {
    // Even-odd over every ring would put these points back inside.
    const Polygon overlapping{{square(0, 0, 10, 10), square(2, 2, 6, 6), square(4, 4, 8, 8)}};
    EXPECT_FALSE(polygon_contains(overlapping, {5, 5})) << "in both holes";
    const Polygon stray{{square(0, 0, 10, 10), square(20, 20, 30, 30)}};
    EXPECT_FALSE(polygon_contains(stray, {25, 25})) << "in a hole outside the outer ring";
}

TEST(PointInPolygon, RingsNeedNotBeClosedNorWoundOneWay) {
    const Ring open = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const Ring clockwise = {{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}};
    EXPECT_TRUE(ring_encloses(open, {5, 5}));
    EXPECT_TRUE(ring_encloses(clockwise, {5, 5}));
    EXPECT_FALSE(ring_encloses(Ring{}, {5, 5}));
    // A concave ring: the notch of a U is outside.
    const Ring u = {{0, 0}, {9, 0}, {9, 9}, {6, 9}, {6, 3}, {3, 3}, {3, 9}, {0, 9}, {0, 0}};
    EXPECT_FALSE(ring_encloses(u, {4.5, 6}));
    EXPECT_TRUE(ring_encloses(u, {1.5, 6}));
}

TEST(PointInPolygon, AnyPolygonOfAGeometry) {
    const PolygonGeometry g{{Polygon{{square(0, 0, 1, 1)}}, Polygon{{square(5, 5, 6, 6)}}}};
    EXPECT_TRUE(polygons_contain(g, {5.5, 5.5}));
    EXPECT_FALSE(polygons_contain(g, {3, 3}));
    EXPECT_FALSE(polygons_contain(PolygonGeometry{}, {0.5, 0.5}));
}

}  // namespace
}  // namespace cm
