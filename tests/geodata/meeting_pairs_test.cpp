// Which borders may meet other than at an end they share (check's quick pass before GEOS):
// it may list too many pairs, never too few.

#include <random>
#include <set>

#include <gtest/gtest.h>

#include "geodata/check/detail/meeting_pairs.hpp"
#include "geodata/io/ogr.hpp"

namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

cm::Border border(std::vector<cm::LonLat> points) {
    cm::Border b;
    b.line.points = std::move(points);
    return b;
}

bool is_end(const cm::Border& b, double lon, double lat) {
    const cm::LonLat p{lon, lat};
    return b.line.points.front() == p || b.line.points.back() == p;
}

/// GEOS's answer: @p a and @p b share a point that is not an end of both.
bool meet_elsewhere(const cm::Border& a, const cm::Border& b) {
    const cm::ogr::GeometryPtr ga = cm::ogr::to_ogr(cm::Geometry{a.line});
    const cm::ogr::GeometryPtr gb = cm::ogr::to_ogr(cm::Geometry{b.line});
    if (!ga->Intersects(gb.get()))
        return false;
    const cm::ogr::GeometryPtr common(ga->Intersection(gb.get()));
    if (!common || common->IsEmpty())
        return false;
    const auto type = wkbFlatten(common->getGeometryType());
    if (type == wkbPoint) {
        const OGRPoint* p = common->toPoint();
        return !(is_end(a, p->getX(), p->getY()) && is_end(b, p->getX(), p->getY()));
    }
    if (type == wkbMultiPoint) {
        for (const OGRPoint* p : *common->toMultiPoint())
            if (!(is_end(a, p->getX(), p->getY()) && is_end(b, p->getX(), p->getY())))
                return true;
        return false;
    }
    return true;  // a shared stretch
}

TEST(MeetingPairs, NeighboursThatShareOnlyAnEndAreLeftOut) {
    const std::vector<cm::Border> borders{border({{0, 0}, {1, 0}, {2, 0.5}}),
                                          border({{2, 0.5}, {2, 2}}),
                                          border({{0, 0}, {0, 2}, {2, 2}})};
    EXPECT_EQ(cm::detail::maybe_meeting_pairs(borders), Pairs{});
}

TEST(MeetingPairs, CrossingsTouchesAndOverlapsAreListed) {
    const std::vector<cm::Border> borders{
        border({{0, 0}, {2, 0}}),            // 0
        border({{1, -1}, {1, 1}}),           // 1: crosses 0 in its middle
        border({{2, 0}, {3, 0}}),            // 2: shares 0's end only
        border({{2, 0}, {2.5, 0}, {4, 1}}),  // 3: from 0's end along 2 (an overlap)
        border({{3.5, 5}, {3.5, 0.5}}),      // 4: ends on 3's middle (a T without a node)
        border({{10, 0}, {11, 0}}),          // 5
        border({{10, 0}, {10.5, 0}}),        // 6: from 5's end along 5, and nothing else
    };
    EXPECT_EQ(cm::detail::maybe_meeting_pairs(borders),
              (Pairs{{0, 1}, {2, 3}, {3, 4}, {5, 6}}));  // not 0-3: opposite ways
}

TEST(MeetingPairs, NoPairThatGeosFindsMeetingIsLeftOut) {
    // Random borders on a coarse lattice (so that ends are shared, lines touch and overlap),
    // each pair checked with GEOS.
    std::mt19937 random(20261202);
    std::uniform_int_distribution<int> coordinate(0, 12);
    std::uniform_int_distribution<int> length(2, 5);
    int meeting = 0, left_out_correctly = 0;
    for (int round = 0; round < 40; ++round) {
        std::vector<cm::Border> borders;
        std::vector<cm::LonLat> nodes;
        for (int i = 0; i < 8; ++i) {
            std::vector<cm::LonLat> points;
            const int n = length(random);
            for (int k = 0; k < n; ++k)
                points.push_back({coordinate(random) * 0.5, coordinate(random) * 0.25});
            if (!nodes.empty() && i % 2)  // start at an earlier border's end
                points.front() = nodes[static_cast<std::size_t>(coordinate(random)) % nodes.size()];
            nodes.push_back(points.front());
            nodes.push_back(points.back());
            borders.push_back(border(points));
        }
        const Pairs listed = cm::detail::maybe_meeting_pairs(borders);
        const std::set<std::pair<std::size_t, std::size_t>> maybe(listed.begin(), listed.end());
        for (std::size_t i = 0; i < borders.size(); ++i)
            for (std::size_t j = i + 1; j < borders.size(); ++j) {
                if (meet_elsewhere(borders[i], borders[j])) {
                    ++meeting;
                    EXPECT_TRUE(maybe.count({i, j})) << "round " << round << ": " << i << ", " << j;
                } else if (!maybe.count({i, j})) {
                    ++left_out_correctly;
                }
            }
    }
    EXPECT_GT(meeting, 100);             // the test meets the hard cases
    EXPECT_GT(left_out_correctly, 100);  // and the pass leaves pairs out
}

}  // namespace
