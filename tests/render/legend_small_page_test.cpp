// On a small page (800x600) the legend still shows, and neither it nor the list of events
// covers the place of an event: no event's symbol nor the dot of the town it happened at lies
// under them, for both wars in every style.

#include <gtest/gtest.h>

#include "render/layers/legend.hpp"
#include "render/layers/legend_layout.hpp"
#include "tests/render/legend_display.hpp"

using namespace cm;

TEST(LegendSmallPage, NeitherLegendNorEventListCoversAnEventPlaceAt800x600) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    ASSERT_GE(atlas->wars.size(), 2u);
    for (const char* style_name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::style_named(style_name);
        for (const War& war : atlas->wars) {
            const PageMap map = test::war_page_map(*atlas, war, style, "800x600");
            const std::string where = std::string(style_name) + " " + war.id;
            const PageLegend legend = page_legend(map, style);
            ASSERT_GT(legend.box.width(), 0.0) << where << ": no legend";
            ASSERT_FALSE(map.events.empty()) << where;
            for (const PageBox& place : event_places(map, map.events, style))
                EXPECT_FALSE(place.intersects(legend.box))
                    << where << ": an event's place at " << place.x0 << "," << place.y0
                    << " lies under the legend";
            if (!map.event_list.lines.empty()) {
                for (const PageBox& place : event_places(map, map.events, style))
                    EXPECT_FALSE(place.intersects(map.event_list.box))
                        << where << ": an event's place at " << place.x0 << "," << place.y0
                        << " lies under the list of events";
            }
            EXPECT_FALSE(legend.box.intersects(map.locator_box)) << where;
        }
    }
}

TEST(LegendSmallPage, ALegendMovesAwayFromAnEventInItsCorner) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("publication");
    PageMap map = test::war_page_map(*atlas, atlas->wars.front(), style, "800x600");
    const PageBox first = page_legend(map, style).box;
    ASSERT_GT(first.width(), 0.0);
    // An event in the middle of where the legend was: the legend goes elsewhere.
    PageEvent e = map.events.front();
    e.event.place_id = "nowhere";
    e.at = {(first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2};
    map.events.push_back(e);
    const PageBox moved = page_legend(map, style).box;
    ASSERT_GT(moved.width(), 0.0);
    EXPECT_FALSE(moved.contains(e.at));
    for (const PageBox& place : event_places(map, map.events, style))
        EXPECT_FALSE(place.intersects(moved));
}
