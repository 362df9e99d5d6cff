// Cutting rings and lines to a box: the part inside keeps its area and its course, whatever
// leaves the box and comes back.

#include <gtest/gtest.h>

#include <cmath>

#include "geodata/io/detail/box_clip.hpp"

namespace cm::detail {
namespace {

constexpr Bounds kBox{0.0, 0.0, 10.0, 10.0, false};

double area(const std::vector<LonLat>& ring) {
    double sum = 0.0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].lon - ring[i].lon) * (ring[j].lat + ring[i].lat);
    return std::abs(sum) / 2.0;
}

TEST(BoxClip, ASquareAcrossACornerKeepsItsQuarterInside) {
    const std::vector<LonLat> square{{5, 5}, {15, 5}, {15, 15}, {5, 15}};
    const auto cut = clip_ring_to_box(square, kBox);
    EXPECT_DOUBLE_EQ(area(cut), 25.0);
    for (const LonLat& p : cut) {
        EXPECT_GE(p.lon, 5.0);
        EXPECT_LE(p.lon, 10.0);
        EXPECT_GE(p.lat, 5.0);
        EXPECT_LE(p.lat, 10.0);
    }
}

TEST(BoxClip, AShapeThatLeavesAndComesBackKeepsOnlyWhatIsInside) {
    // A U whose bottom lies below the box: two arms inside, the notch between them outside.
    const std::vector<LonLat> u{{1, -5}, {9, -5}, {9, 8}, {6, 8}, {6, 2}, {4, 2}, {4, 8}, {1, 8}};
    const auto cut = clip_ring_to_box(u, kBox);
    // The arms inside: [1,4] and [6,9] wide, 0..8 high, joined by the band 0..2 high.
    EXPECT_DOUBLE_EQ(area(cut), 3 * 8 + 3 * 8 + 2 * 2);
    EXPECT_TRUE(cm::ring_encloses(cut, {2, 5}));
    EXPECT_TRUE(cm::ring_encloses(cut, {8, 5}));
    EXPECT_FALSE(cm::ring_encloses(cut, {5, 5}));  // the notch
    EXPECT_FALSE(cm::ring_encloses(cut, {5, 9}));
}

TEST(BoxClip, ARingOutsideOrOnlyTouchingTheBoxIsEmpty) {
    EXPECT_TRUE(clip_ring_to_box({{12, 1}, {14, 1}, {14, 3}}, kBox).empty());
    EXPECT_TRUE(clip_ring_to_box({{10, 1}, {14, 1}, {14, 3}, {10, 3}}, kBox).empty());
    const std::vector<LonLat> all_inside{{1, 1}, {2, 1}, {2, 2}};
    EXPECT_EQ(clip_ring_to_box(all_inside, kBox), all_inside);
}

TEST(BoxClip, AClosedRingIsCutAsTheOpenOne) {
    const std::vector<LonLat> open{{5, 5}, {15, 5}, {15, 15}, {5, 15}};
    std::vector<LonLat> closed = open;
    closed.push_back(open.front());
    EXPECT_EQ(clip_ring_to_box(closed, kBox), clip_ring_to_box(open, kBox));
}

TEST(BoxClip, ALineOutAndBackInComesInTwoParts) {
    const std::vector<LonLat> line{{2, 5}, {8, 5}, {14, 5}, {14, 7}, {6, 7}, {6, 12}};
    const auto parts = clip_line_to_box(line, kBox);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], (std::vector<LonLat>{{2, 5}, {8, 5}, {10, 5}}));
    EXPECT_EQ(parts[1], (std::vector<LonLat>{{10, 7}, {6, 7}, {6, 10}}));
}

TEST(BoxClip, ALineThatOnlyCrossesTheBoxKeepsItsChord) {
    const auto parts = clip_line_to_box({{-5, 5}, {15, 5}}, kBox);
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_EQ(parts[0], (std::vector<LonLat>{{0, 5}, {10, 5}}));
    EXPECT_TRUE(clip_line_to_box({{-5, 12}, {15, 12}}, kBox).empty());
    EXPECT_EQ(clip_line_to_box({{-5, 15}, {15, -5}, {25, 5}}, kBox).size(), 1u);
}

}  // namespace
}  // namespace cm::detail
