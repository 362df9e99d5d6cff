// Where the list of events goes: by the frame's edge (a corner first) where it covers no
// cluster's mark nor a name placed before it, its type stepped down to find one, but never
// under the least size the page allows.

#include <gtest/gtest.h>

#include <cmath>

#include "render/canvas/fonts.hpp"
#include "render/scene/event_labels.hpp"
#include "tests/render/scene_render.hpp"

namespace cm {
namespace {

constexpr PageBox kMapBox{0.0, 0.0, 600.0, 400.0};

struct Listed {
    std::vector<PageEvent> events;
    std::vector<EventCluster> clusters;
};

/// Twelve numbered clusters of one event each, their marks in the middle of the map.
Listed twelve_clusters() {
    Listed out;
    for (int i = 0; i < 12; ++i) {
        PageEvent e;
        e.event.id = "e" + std::to_string(i);
        e.event.name = "Battle of a far place number " + std::to_string(i + 1);
        e.event.years = {1640 + i, 1640 + i};
        e.at = {300.0, 200.0};
        out.events.push_back(e);
        EventCluster c;
        c.members = {static_cast<std::size_t>(i)};
        c.at = e.at;
        c.mark = {298.0, 198.0, 302.0, 202.0};
        c.number = i + 1;
        out.clusters.push_back(c);
    }
    return out;
}

bool covers_a_mark(const EventList& list, const std::vector<EventCluster>& clusters) {
    for (const EventCluster& c : clusters)
        if (list.box.intersects(c.mark))
            return true;
    return false;
}

TEST(EventListLayout, TypeStepsDownToAvoidTheMarksButNotUnderTheLeastSize) {
    pin_fonts();
    const LabelFont font = test::fixture_style("publication").fonts.event;
    Listed listed = twelve_clusters();
    const EventList full =
        detail::lay_out_event_list(listed.clusters, listed.events, {}, font, 0.0, kMapBox, {});
    ASSERT_EQ(full.lines.size(), 12u);
    ASSERT_LT(full.box.width(), kMapBox.width() / 2);
    ASSERT_LT(full.box.height(), kMapBox.height() / 2);
    EXPECT_EQ(full.lines.front().font.size_pt, font.size_pt);
    // Marks (of callouts, not listed) in a ring just inside the full-size list's reach from
    // each edge, closer together than the list is long: the list at its full size covers one
    // wherever it goes by the edge; a list of smaller type fits between the ring and the edge.
    const double w = full.box.width(), h = full.box.height();
    auto add_mark = [&](double x, double y) {
        EventCluster c = listed.clusters.front();
        c.number = 0;
        c.mark = {x - 2, y - 2, x + 2, y + 2};
        listed.clusters.push_back(c);
    };
    for (double x = kMapBox.x0; x <= kMapBox.x1; x += w / 2) {
        add_mark(x, kMapBox.y0 + 0.95 * h);
        add_mark(x, kMapBox.y1 - 0.95 * h);
    }
    for (double y = kMapBox.y0; y <= kMapBox.y1; y += h / 2) {
        add_mark(kMapBox.x0 + 0.95 * w, y);
        add_mark(kMapBox.x1 - 0.95 * w, y);
    }

    const EventList stepped =
        detail::lay_out_event_list(listed.clusters, listed.events, {}, font, 0.0, kMapBox, {});
    EXPECT_FALSE(covers_a_mark(stepped, listed.clusters));
    EXPECT_LT(stepped.lines.front().font.size_pt, font.size_pt);

    const EventList floored = detail::lay_out_event_list(listed.clusters, listed.events, {}, font,
                                                         font.size_pt, kMapBox, {});
    EXPECT_EQ(floored.lines.front().font.size_pt, font.size_pt);
    EXPECT_TRUE(covers_a_mark(floored, listed.clusters));
}

TEST(EventListLayout, WhereEveryCornerHidesAMarkTheListMovesAlongAnEdge) {
    pin_fonts();
    const LabelFont font = test::fixture_style("publication").fonts.event;
    Listed listed = twelve_clusters();
    listed.clusters.resize(3);  // a short list: three lines
    const EventList free =
        detail::lay_out_event_list(listed.clusters, listed.events, {}, font, 0.0, kMapBox, {});
    ASSERT_EQ(free.lines.size(), 3u);
    const double w = free.box.width(), h = free.box.height();
    ASSERT_LT(3 * w, kMapBox.width());
    ASSERT_LT(3 * h, kMapBox.height());
    // One mark in the middle of each corner's place; the middles of the edges stay free.
    const PagePt corners[] = {{kMapBox.x0 + w / 2, kMapBox.y0 + h / 2},
                              {kMapBox.x1 - w / 2, kMapBox.y0 + h / 2},
                              {kMapBox.x0 + w / 2, kMapBox.y1 - h / 2},
                              {kMapBox.x1 - w / 2, kMapBox.y1 - h / 2}};
    for (const PagePt& p : corners) {
        EventCluster c = listed.clusters.front();
        c.number = 0;  // a callout's mark: not listed
        c.mark = {p.x - 2, p.y - 2, p.x + 2, p.y + 2};
        listed.clusters.push_back(c);
    }
    const EventList moved = detail::lay_out_event_list(listed.clusters, listed.events, {}, font,
                                                       font.size_pt, kMapBox, {});
    EXPECT_FALSE(covers_a_mark(moved, listed.clusters));
    EXPECT_EQ(moved.lines.front().font.size_pt, font.size_pt);
    const double inset = 2.0 * kPtPerMm;
    const bool by_an_edge = std::abs(moved.box.x0 - (kMapBox.x0 + inset)) < 1e-6 ||
                            std::abs(moved.box.x1 - (kMapBox.x1 - inset)) < 1e-6 ||
                            std::abs(moved.box.y0 - (kMapBox.y0 + inset)) < 1e-6 ||
                            std::abs(moved.box.y1 - (kMapBox.y1 - inset)) < 1e-6;
    EXPECT_TRUE(by_an_edge);
}

TEST(EventListLayout, TheListKeepsClearOfNamesPlacedBeforeIt) {
    pin_fonts();
    const LabelFont font = test::fixture_style("publication").fonts.event;
    Listed listed = twelve_clusters();
    listed.clusters.resize(3);
    const EventList free =
        detail::lay_out_event_list(listed.clusters, listed.events, {}, font, 0.0, kMapBox, {});
    ASSERT_EQ(free.lines.size(), 3u);
    // A name of two boxes (two lines, as "KHOSHUT / KHANATE") where the list went, and one
    // beside the next corner: the list goes where neither is.
    const PagePt c{(free.box.x0 + free.box.x1) / 2, (free.box.y0 + free.box.y1) / 2};
    const std::vector<std::vector<PageBox>> names{
        {{c.x - 20, c.y - 12, c.x + 20, c.y - 2}, {c.x - 20, c.y, c.x + 20, c.y + 10}},
        {{kMapBox.x0 + 10, kMapBox.y0 + 10, kMapBox.x0 + 30, kMapBox.y0 + 20}}};
    const EventList moved = detail::lay_out_event_list(listed.clusters, listed.events, {}, font,
                                                       font.size_pt, kMapBox, {}, names);
    for (const auto& name : names)
        for (const PageBox& b : name)
            EXPECT_FALSE(moved.box.intersects(b));
    EXPECT_FALSE(covers_a_mark(moved, listed.clusters));
    EXPECT_EQ(moved.lines.front().font.size_pt, font.size_pt);
}

}  // namespace
}  // namespace cm
