// The path a river's name follows: a detailed course is smoothed to the size of its letters
// (the meanders go, the course stays), a course drawn by hand is followed as it is.

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "render/scene/river_label_path.hpp"

namespace cm {
namespace {

/// The sum of the turns between the segments of @p line, in degrees.
double turning_deg(const std::vector<PagePt>& line) {
    double total = 0.0;
    for (std::size_t i = 2; i < line.size(); ++i) {
        const double a = std::atan2(line[i - 1].y - line[i - 2].y, line[i - 1].x - line[i - 2].x);
        const double b = std::atan2(line[i].y - line[i - 1].y, line[i].x - line[i - 1].x);
        double d = std::abs(b - a);
        if (d > std::numbers::pi)
            d = 2 * std::numbers::pi - d;
        total += d;
    }
    return total * 180.0 / std::numbers::pi;
}

/// A course along y = 100 meandering by 1 pt every 0.5 pt, as Natural Earth's does on a page.
std::vector<PagePt> meandering() {
    std::vector<PagePt> line;
    for (int i = 0; i <= 400; ++i)
        line.push_back({10.0 + 0.5 * i, 100.0 + (i % 2 == 0 ? -1.0 : 1.0)});
    return line;
}

TEST(RiverLabelPath, MeandersSmallerThanTheLettersGo) {
    const std::vector<PagePt> course = meandering();
    const std::vector<PagePt> path = detail::river_label_path(course, 8.0);
    EXPECT_GT(turning_deg(course), 10000.0);
    // Away from the ends (which stay where the course ends), no bend is left to speak of.
    ASSERT_GT(path.size(), 20u);
    EXPECT_LT(turning_deg({path.begin() + 4, path.end() - 4}), 10.0);
    EXPECT_LT(turning_deg(path), 100.0);
    EXPECT_DOUBLE_EQ(path.front().x, course.front().x) << "the ends stay";
    EXPECT_DOUBLE_EQ(path.back().x, course.back().x);
    for (std::size_t i = 3; i + 3 < path.size(); ++i)
        EXPECT_NEAR(path[i].y, 100.0, 1.0) << "the course stays: " << i;
}

TEST(RiverLabelPath, ACourseDrawnByHandIsFollowedAsItIs) {
    const std::vector<PagePt> hand = {{0, 0}, {40, 10}, {80, 0}, {120, 30}};
    EXPECT_EQ(detail::river_label_path(hand, 8.0).size(), hand.size());
    EXPECT_DOUBLE_EQ(detail::river_label_path(hand, 8.0)[1].y, 10.0);
}

}  // namespace
}  // namespace cm
