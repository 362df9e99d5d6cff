// How far aside a course may be drawn before it climbs (course_room_km()), on a synthetic grid.

#include <algorithm>

#include <gtest/gtest.h>

#include "geodata/routing/course_room.hpp"

namespace cm {
namespace {

/// 60 x 40 cells of 0.1° from (60 E, 44 N): flat at 500 m, 3,000 m north of 42.2° N.
ElevationGrid valley() {
    ElevationGrid g;
    g.width = 60, g.height = 40;
    g.west = 60.0, g.east = 65.9, g.north = 44.0, g.south = 40.1;
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.metres.push_back(g.north - r * 0.1 > 42.2 ? 3000.0f : 500.0f);
    return g;
}

TEST(CourseRoom, ACourseBesideARangeMayMoveOnlyTillItsFoot) {
    const std::vector<LonLat> line{{61.0, 42.0}, {63.0, 42.0}, {65.0, 42.0}};
    const CourseRoom room = course_room_km(line, valley(), 40.0, 1e9);
    ASSERT_EQ(room.left_km.size(), 3u);
    ASSERT_EQ(room.right_km.size(), 3u);
    // 1,100 m (600 m above its ends) is reached some 25 km north (to its left), between two
    // cells; to the south (its right) the ground is flat.
    EXPECT_LE(room.left_km[1], 25.0);
    EXPECT_GE(room.left_km[1], 20.0);
    EXPECT_EQ(room.right_km[1], 40.0);
    const std::vector<LonLat> south{{61.0, 41.0}, {63.0, 41.0}, {65.0, 41.0}};
    EXPECT_EQ(course_room_km(south, valley(), 40.0, 1e9).left_km[1], 40.0);
    EXPECT_EQ(course_room_km(south, valley(), 40.0, 1e9).right_km[1], 40.0);
}

TEST(CourseRoom, RoomIsMeasuredAlongTheSegmentsNotOnlyAtTheVertices) {
    // Vertices far south of the range, but the middle of the long first segment runs close
    // under it: a chord between the vertices moved north would climb there.
    const std::vector<LonLat> line{{60.5, 41.0}, {62.0, 42.1}, {63.5, 41.0}, {65.5, 41.0}};
    const CourseRoom room = course_room_km(line, valley(), 40.0, 1e9);
    EXPECT_LE(room.left_km[2], 25.0) << "the segment to its neighbour passes under the range";
    EXPECT_EQ(room.left_km[3], 40.0);
}

/// 60 x 40 cells of 0.1° from (60 E, 44 N): 500 m, rising 100 m a cell north of 42° N.
ElevationGrid slope() {
    ElevationGrid g = valley();
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.metres[static_cast<std::size_t>(r * g.width + c)] =
                static_cast<float>(500.0 + std::max(0.0, (g.north - r * 0.1 - 42.0) / 0.1 * 100.0));
    return g;
}

TEST(CourseRoom, TheCeilingHoldsWhereTheCourseItselfRunsHigh) {
    // A course up the slope to 1,100 m: without a ceiling it may move 150 m higher still.
    const std::vector<LonLat> line{{61.0, 42.0}, {63.0, 42.6}, {65.0, 42.0}};
    const auto least = [](const CourseRoom& r) { return std::min(r.left_km[1], r.right_km[1]); };
    const double free = least(course_room_km(line, slope(), 40.0, 1e9));
    const double capped = least(course_room_km(line, slope(), 40.0, 1150.0));
    EXPECT_GE(free, 10.0);
    EXPECT_LT(capped, free);
    EXPECT_LE(capped, 6.0);
    EXPECT_EQ(least(course_room_km(line, slope(), 40.0, 1000.0)), 0.0) << "above the ceiling";
}

TEST(CourseRoom, TheCeilingIsAboveTheEndsOrAPassTheCourseGoesBy) {
    const std::vector<LonLat> line{{61.0, 42.0}, {63.0, 42.0}, {65.0, 42.0}};
    EXPECT_DOUBLE_EQ(course_ceiling_m(line, slope(), {}, 700.0, 25.0), 1200.0);
    // A pass 0.2° north of the middle (22 km): its 700 m counts; one 1° north does not.
    EXPECT_NEAR(course_ceiling_m(line, slope(), {{63.0, 42.2}}, 700.0, 25.0), 1400.0, 1e-6);
    EXPECT_DOUBLE_EQ(course_ceiling_m(line, slope(), {{63.0, 43.0}}, 700.0, 25.0), 1200.0);
}

}  // namespace
}  // namespace cm
