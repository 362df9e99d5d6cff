// Courses that share a corridor share one line along it (bundle_courses()): a later course's
// vertices near an earlier one's line move onto it and take over its vertices there; the ends
// stay, courses apart stay apart, and stated courses are left as given.

#include <algorithm>

#include <gtest/gtest.h>

#include "geodata/routing/bundle.hpp"

namespace cm {
namespace {

/// West to east along 40° N, a vertex every 0.5°: the earlier course.
std::vector<LonLat> trunk() {
    std::vector<LonLat> line;
    for (int k = 0; k <= 12; ++k)
        line.push_back({60.0 + 0.5 * k, 40.0});
    return line;
}

/// From 41° N down to 40.04° N (4 km off the trunk), along it with vertices between the
/// trunk's from 61.25° to 63.75° E, and up to 41° N again.
std::vector<LonLat> branch() {
    std::vector<LonLat> line{{60.0, 41.0}, {60.6, 40.5}};
    for (int k = 0; k <= 5; ++k)
        line.push_back({61.25 + 0.5 * k, 40.04});
    line.push_back({64.4, 40.5});
    line.push_back({65.0, 41.0});
    return line;
}

CourseTable table_of(CourseKind branch_kind) {
    CourseTable t;
    t.courses["a"] = LegCourse{CourseKind::inferred, trunk(), {}, {}};
    t.courses["b"] = LegCourse{branch_kind, branch(), {}, {}};
    return t;
}

TEST(RouteBundle, ALaterCourseRunsOnTheEarlierOnesLineAlongTheSharedStretch) {
    CourseTable t = table_of(CourseKind::inferred);
    bundle_courses(t, {"a", "b"}, 10.0, 2.0);
    const std::vector<LonLat>& b = t.courses["b"].line;
    EXPECT_EQ(t.courses["a"].line, trunk());
    EXPECT_EQ(b.front(), branch().front());
    EXPECT_EQ(b.back(), branch().back());
    // Along the stretch every vertex lies on the trunk, and the trunk's vertices are b's.
    int on_trunk = 0;
    for (const LonLat& p : b) {
        if (p.lon >= 61.2 && p.lon <= 63.8) {
            EXPECT_DOUBLE_EQ(p.lat, 40.0) << p.lon;
            ++on_trunk;
        }
    }
    for (const LonLat& v : trunk()) {
        if (v.lon >= 61.5 && v.lon <= 63.5) {
            EXPECT_NE(std::find(b.begin(), b.end(), v), b.end()) << v.lon;
        }
    }
    EXPECT_GE(on_trunk, 10);
    // Where it leaves the trunk it keeps its own way.
    EXPECT_NE(std::find(b.begin(), b.end(), LonLat{60.6, 40.5}), b.end());
    EXPECT_NE(std::find(b.begin(), b.end(), LonLat{64.4, 40.5}), b.end());
}

TEST(RouteBundle, TheOrderSaysWhichCourseTheOtherJoins) {
    CourseTable t = table_of(CourseKind::inferred);
    bundle_courses(t, {"b", "a"}, 10.0, 2.0);
    EXPECT_EQ(t.courses["b"].line, branch());
    for (const LonLat& p : t.courses["a"].line) {
        if (p.lon >= 61.5 && p.lon <= 63.5) {
            EXPECT_DOUBLE_EQ(p.lat, 40.04) << p.lon;
        }
    }
}

TEST(RouteBundle, CoursesFartherApartThanTheToleranceAndStatedOnesStayAsTheyAre) {
    CourseTable t = table_of(CourseKind::inferred);
    bundle_courses(t, {"a", "b"}, 3.0, 1.0);
    EXPECT_EQ(t.courses["b"].line, branch());
    CourseTable stated = table_of(CourseKind::stated);
    bundle_courses(stated, {"a", "b"}, 10.0, 2.0);
    EXPECT_EQ(stated.courses["b"].line, branch());
}

TEST(RouteBundle, VerticesCloserThanTheTidyDistanceAreThinned) {
    CourseTable t;
    t.courses["a"] = LegCourse{
        CourseKind::inferred, {{60.0, 40.0}, {61.0, 40.0}, {61.005, 40.01}, {62.0, 40.5}}, {}, {}};
    bundle_courses(t, {"a"}, 10.0, 2.0);
    EXPECT_EQ(t.courses["a"].line.size(), 3u);
    EXPECT_EQ(t.courses["a"].line.front(), (LonLat{60.0, 40.0}));
    EXPECT_EQ(t.courses["a"].line.back(), (LonLat{62.0, 40.5}));
}

}  // namespace
}  // namespace cm
