// Where the list of events goes: in a corner that covers no cluster's mark, its type stepped
// down to find one, but never under the least size the page allows.

#include <gtest/gtest.h>

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
    // A mark near the inner corner of the full-size list in each corner of the map: the list
    // at its full size covers one wherever it goes; a list of smaller type covers none.
    const double w = full.box.width(), h = full.box.height();
    const PagePt inner[] = {{kMapBox.x0 + 0.95 * w, kMapBox.y1 - 0.95 * h},
                            {kMapBox.x0 + 0.95 * w, kMapBox.y0 + 0.95 * h},
                            {kMapBox.x1 - 0.95 * w, kMapBox.y1 - 0.95 * h},
                            {kMapBox.x1 - 0.95 * w, kMapBox.y0 + 0.95 * h}};
    for (int k = 0; k < 4; ++k)
        listed.clusters[k].mark = {inner[k].x - 2, inner[k].y - 2, inner[k].x + 2, inner[k].y + 2};

    const EventList stepped =
        detail::lay_out_event_list(listed.clusters, listed.events, {}, font, 0.0, kMapBox, {});
    EXPECT_FALSE(covers_a_mark(stepped, listed.clusters));
    EXPECT_LT(stepped.lines.front().font.size_pt, font.size_pt);

    const EventList floored = detail::lay_out_event_list(listed.clusters, listed.events, {}, font,
                                                         font.size_pt, kMapBox, {});
    EXPECT_EQ(floored.lines.front().font.size_pt, font.size_pt);
    EXPECT_TRUE(covers_a_mark(floored, listed.clusters));
}

}  // namespace
}  // namespace cm
