// Generalising at the page's resolution (render/project/generalise.hpp): within the tolerance
// of the line it replaces, far fewer vertices, nodes kept, and one run shared by two lines (a
// border along a river, two territories along their border) giving the same points in both,
// whichever way each runs.

#include <algorithm>
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "render/project/generalise.hpp"

namespace cm {
namespace {

/// A meandering river on the page: 2,001 vertices a tenth of a point apart.
std::vector<PagePt> meander() {
    std::vector<PagePt> out;
    for (int i = 0; i <= 2000; ++i) {
        const double x = i * 0.1;
        out.push_back({x, 50.0 + 8.0 * std::sin(x / 9.0) + 0.03 * std::sin(x * 7.0)});
    }
    return out;
}

double to_segment(const PagePt& p, const PagePt& a, const PagePt& b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

double to_line(const PagePt& p, const std::vector<PagePt>& line) {
    double best = 1e300;
    for (std::size_t i = 0; i + 1 < line.size(); ++i)
        best = std::min(best, to_segment(p, line[i], line[i + 1]));
    return best;
}

bool has(const std::vector<PagePt>& line, const PagePt& p) {
    return std::find(line.begin(), line.end(), p) != line.end();
}

TEST(Generalise, StaysWithinTheToleranceWithFewVertices) {
    const std::vector<PagePt> river = meander();
    const std::vector<PagePt> kept = generalise_line(river, PageNodes{}, 0.05);
    EXPECT_EQ(kept.front(), river.front());
    EXPECT_EQ(kept.back(), river.back());
    EXPECT_LT(kept.size(), river.size() / 5);
    EXPECT_GT(kept.size(), 20u);  // the bends stay
    for (const PagePt& p : river)
        EXPECT_LE(to_line(p, kept), 0.05 + 1e-9);
}

TEST(Generalise, KeepsEveryNode) {
    const std::vector<PagePt> river = meander();
    const PageNodes nodes({river[333], river[1001], river[1777]});
    const std::vector<PagePt> kept = generalise_line(river, nodes, 0.5);
    for (const std::size_t i : {333u, 1001u, 1777u})
        EXPECT_TRUE(has(kept, river[i])) << i;
}

TEST(Generalise, ABorderAlongARiverGivesTheRiversPoints) {
    const std::vector<PagePt> river = meander();
    // A border from vertex 1500 back up the river to vertex 400, its ends a hair apart from
    // the river's (the same places read from another file).
    std::vector<PagePt> border(river.begin() + 400, river.begin() + 1501);
    std::reverse(border.begin(), border.end());
    border.front().x += 1e-5;
    border.back().y -= 1e-5;
    const PageNodes nodes({river[400], river[1500], river[900]});
    const std::vector<PagePt> r = generalise_line(river, nodes, 0.05);
    const std::vector<PagePt> b = generalise_line(border, nodes, 0.05);
    auto from = std::find(r.begin(), r.end(), river[400]);
    auto to = std::find(r.begin(), r.end(), river[1500]);
    ASSERT_NE(from, r.end());
    ASSERT_NE(to, r.end());
    std::vector<PagePt> run(from, to + 1);
    std::reverse(run.begin(), run.end());
    ASSERT_EQ(run.size(), b.size());
    for (std::size_t i = 1; i + 1 < b.size(); ++i)
        EXPECT_EQ(run[i], b[i]) << i;
}

TEST(Generalise, ALineGivesThePointsWhicheverWayItRuns) {
    // Two bends as far from the chord: which one stays must not depend on the direction.
    const std::vector<PagePt> line{{0.0, 0.0}, {1.0, 0.3}, {2.0, 0.3}, {3.0, 0.0}};
    std::vector<PagePt> back(line.rbegin(), line.rend());
    const std::vector<PagePt> a = generalise_line(line, PageNodes{}, 0.2);
    std::vector<PagePt> b = generalise_line(back, PageNodes{}, 0.2);
    std::reverse(b.begin(), b.end());
    EXPECT_EQ(a.size(), 3u);
    EXPECT_EQ(a, b);
}

/// A closed ring round the box (0,0)-(100,60) whose top edge is a wiggly border.
std::vector<PagePt> territory(bool clockwise) {
    std::vector<PagePt> ring;
    for (int i = 0; i <= 1000; ++i)
        ring.push_back({i * 0.1, 0.3 * std::sin(i * 0.05)});
    ring.push_back({100.0, 60.0});
    ring.push_back({0.0, 60.0});
    if (!clockwise)
        std::reverse(ring.begin(), ring.end());
    return ring;
}

TEST(Generalise, NeighbouringTerritoriesShareTheirBorderExactly) {
    // The north runs on along the wiggle past the node at x = 100, where the south turns away.
    std::vector<PagePt> north;
    for (int i = 0; i <= 1200; ++i)
        north.push_back({i * 0.1, 0.3 * std::sin(i * 0.05)});
    north.push_back({120.0, 60.0});
    north.push_back({0.0, 60.0});
    std::vector<PagePt> south;  // the same edge, run the other way, closing below
    for (int i = 1000; i >= 0; --i)
        south.push_back({i * 0.1, 0.3 * std::sin(i * 0.05)});
    south.push_back({0.0, -40.0});
    south.push_back({100.0, -40.0});
    const PageNodes nodes({north[0], north[1000]});
    const std::vector<PagePt> n = generalise_ring(north, nodes, 0.05);
    const std::vector<PagePt> s = generalise_ring(south, nodes, 0.05);
    const auto shared_edge = [](const std::vector<PagePt>& ring) {
        std::vector<PagePt> edge;
        for (const PagePt& p : ring)
            if (p.y > -1.0 && p.y < 1.0 && p.x <= 100.0)
                edge.push_back(p);
        std::sort(edge.begin(), edge.end(), [](auto a, auto b) { return a.x < b.x; });
        return edge;
    };
    EXPECT_LT(shared_edge(n).size(), 200u);
    EXPECT_EQ(shared_edge(n), shared_edge(s));
}

TEST(Generalise, ARingWithoutNodesIsTheSameFromAnyStart) {
    std::vector<PagePt> ring = territory(true);
    const std::vector<PagePt> a = generalise_ring(ring, PageNodes{}, 0.05);
    std::rotate(ring.begin(), ring.begin() + 377, ring.end());
    std::vector<PagePt> b = generalise_ring(ring, PageNodes{}, 0.05);
    ASSERT_EQ(a.size(), b.size());
    EXPECT_TRUE(std::is_permutation(a.begin(), a.end(), b.begin()));
    for (const PagePt& p : territory(true))
        EXPECT_LE(to_line(p,
                          [&] {
                              auto closed = a;
                              closed.push_back(a.front());
                              return closed;
                          }()),
                  0.05 + 1e-9);
}

TEST(Generalise, ASpeckVanishesAndAClosedRingStaysClosed) {
    EXPECT_TRUE(
        generalise_ring({{1, 1}, {1.01, 1}, {1.01, 1.01}, {1, 1}}, PageNodes{}, 0.1).empty());
    const std::vector<PagePt> square{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    const std::vector<PagePt> kept = generalise_ring(square, PageNodes{}, 0.1);
    ASSERT_EQ(kept.size(), 5u);
    EXPECT_EQ(kept.front(), kept.back());
}

}  // namespace
}  // namespace cm
