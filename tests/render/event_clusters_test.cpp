// Events grouped on the page: one cluster per place (or per group closer than a symbol), its
// events in time order, their symbols side by side in a row centred on the place.

#include <gtest/gtest.h>

#include "render/scene/event_clusters.hpp"

namespace cm {
namespace {

PageEvent event_at(const std::string& id, int first, int last, PagePt at) {
    PageEvent e;
    e.event.id = id;
    e.event.name = "Battle of " + id;
    e.event.years = {first, last};
    e.at = at;
    return e;
}

}  // namespace

TEST(EventClusters, EventsAtOnePlaceShareOneClusterInTimeOrder) {
    const std::vector<PageEvent> events{
        event_at("c", 1684, 1684, {100, 50}), event_at("far", 1681, 1681, {300, 50}),
        event_at("a", 1681, 1681, {100, 50}), event_at("b", 1681, 1683, {100, 50})};
    const std::vector<EventCluster> clusters = cluster_events(events, 10.0);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_EQ(clusters[0].members, (std::vector<std::size_t>{2, 3, 0}));
    EXPECT_EQ(clusters[1].members, (std::vector<std::size_t>{1}));
    ASSERT_EQ(clusters[0].symbols.size(), 3u);
    EXPECT_DOUBLE_EQ(clusters[0].symbols[0].x, 100.0 - 11.5);
    EXPECT_DOUBLE_EQ(clusters[0].symbols[1].x, 100.0);
    EXPECT_DOUBLE_EQ(clusters[0].symbols[2].x, 100.0 + 11.5);
    EXPECT_DOUBLE_EQ(clusters[0].mark.x0, 100.0 - 11.5 - 5.0);
    EXPECT_DOUBLE_EQ(clusters[0].mark.x1, 100.0 + 11.5 + 5.0);
    // The row stands 0.3 symbols above the place; the mark reaches down to its dot.
    EXPECT_DOUBLE_EQ(clusters[0].symbols[0].y, 50.0 - 5.0 - 3.0);
    EXPECT_DOUBLE_EQ(clusters[0].mark.y0, 50.0 - 5.0 - 3.0 - 5.0);
    EXPECT_DOUBLE_EQ(clusters[0].mark.y1, 51.5);
    // A lone event's symbol stands on its place.
    EXPECT_DOUBLE_EQ(clusters[1].symbols[0].x, 300.0);
    EXPECT_DOUBLE_EQ(clusters[1].symbols[0].y, 50.0);
    EXPECT_DOUBLE_EQ(clusters[1].mark.y0, 45.0);
}

TEST(EventClusters, EventsCloserThanASymbolJoinTransitively) {
    // a-b and b-c closer than 10 pt, a-c not: one cluster of three; d, clear of its row, stays
    // out.
    const std::vector<PageEvent> events{
        event_at("a", 1650, 1650, {0, 0}), event_at("b", 1651, 1651, {8, 0}),
        event_at("c", 1652, 1652, {16, 0}), event_at("d", 1653, 1653, {40, 0})};
    const std::vector<EventCluster> clusters = cluster_events(events, 10.0);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_EQ(clusters[0].members.size(), 3u);
    EXPECT_DOUBLE_EQ(clusters[0].at.x, 8.0);
    EXPECT_EQ(clusters[1].members, (std::vector<std::size_t>{3}));
}

TEST(EventClusters, ClustersWhoseMarksOverlapMerge) {
    // Three events at one place make a row 33 pt wide; a lone event 12 pt off (more than a
    // symbol) would sit on its end, so it joins the row.
    const std::vector<PageEvent> events{
        event_at("a", 1650, 1650, {100, 50}), event_at("b", 1651, 1651, {100, 50}),
        event_at("c", 1652, 1652, {100, 50}), event_at("d", 1640, 1640, {112, 50}),
        event_at("e", 1660, 1660, {200, 50})};
    const std::vector<EventCluster> clusters = cluster_events(events, 10.0);
    ASSERT_EQ(clusters.size(), 2u);
    EXPECT_EQ(clusters[0].members, (std::vector<std::size_t>{3, 0, 1, 2}));
    EXPECT_DOUBLE_EQ(clusters[0].at.x, 103.0);
    EXPECT_FALSE(clusters[0].mark.intersects(clusters[1].mark));
}

TEST(EventClusters, EventLineStartsWithTheYearOrSpan) {
    EXPECT_EQ(event_line(event_at("x", 1643, 1643, {}).event), "1643 Battle of x");
    EXPECT_EQ(event_line(event_at("x", 1643, 1644, {}).event), "1643\u20131644 Battle of x");
}

}  // namespace cm
