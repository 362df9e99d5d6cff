// The label categories and their order: events, the towns they happened at, polities,
// regions, water, other towns (issue: "label categories and priorities").

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/model/territory.hpp"
#include "render/labels/placement.hpp"
#include "render/scene/label_priorities.hpp"
#include "render/scene/label_requests.hpp"
#include "tests/render/labels_scenes.hpp"
#include "tests/render/scene_render.hpp"

namespace cm {
namespace {

PageArea area(const std::string& id, const std::string& name, PagePt at) {
    PageArea a;
    a.id = id, a.name = name, a.label_at = at;
    a.shape.rings = {{{at.x - 60, at.y - 30},
                      {at.x + 60, at.y - 30},
                      {at.x + 60, at.y + 30},
                      {at.x - 60, at.y + 30}}};
    return a;
}

/// One of every category, each listed out of order.
PageMap one_of_each() {
    PageMap map;
    map.frame.map_box = {0, 0, 800, 600};
    map.settlements = {{"plain", "Plaintown", {500, 500}, false},
                       {"on-route", "Routetown", {600, 500}, true},
                       {"sayram", "Sayram", {300, 300}, true}};
    PageLine river{"blue", "Blue River", 3, {{{100, 100}, {200, 150}, {300, 120}}}};
    map.rivers = {river};
    map.water = {area("round-lake", "Round Lake", {650, 150})};
    map.regions = {area("jetisu", "Jetisu", {200, 450})};
    map.territories = {area("dzungar", "Dzungar Khanate", {400, 200})};
    SceneEvent e;
    e.id = "siege-of-sayram", e.name = "Siege of Sayram", e.years = {1684, 1684};
    e.place_id = "sayram";
    map.events = {{e, {300, 300}}};
    return map;
}

std::vector<std::string> ids_by_priority(std::vector<LabelRequest> requests) {
    std::stable_sort(requests.begin(), requests.end(),
                     [](const auto& a, const auto& b) { return a.priority < b.priority; });
    std::vector<std::string> ids;
    for (const LabelRequest& r : requests)
        ids.push_back(r.id);
    return ids;
}

TEST(LabelPriorities, CategoriesComeInTheAtlasOrder) {
    EXPECT_LT(label_priority(LabelCategory::event), label_priority(LabelCategory::event_town));
    EXPECT_LT(label_priority(LabelCategory::event_town, kPriorityStep - 1),
              label_priority(LabelCategory::polity));
    EXPECT_LT(label_priority(LabelCategory::polity), label_priority(LabelCategory::region));
    EXPECT_LT(label_priority(LabelCategory::region), label_priority(LabelCategory::water));
    EXPECT_LT(label_priority(LabelCategory::water, kPriorityStep - 1),
              label_priority(LabelCategory::town));
}

TEST(LabelPriorities, AMapsRequestsArePlacedEventsFirstThenTheirTownsPolitiesRegionsWaterTowns) {
    const Style style = test::fixture_style();
    const std::vector<std::string> expected{
        "event:siege-of-sayram", "place:sayram", "area:dzungar",   "area:jetisu",
        "area:round-lake",       "river:blue",   "place:on-route", "place:plain"};
    // The events' callouts are placed first (event_labels.hpp), then the map's other labels
    // in the order of their priorities; the placed labels are in placement order.
    PageMap map = one_of_each();
    EXPECT_EQ(ids_by_priority(label_requests(map, style)),
              std::vector<std::string>(expected.begin() + 1, expected.end()));
    place_map_labels(map, style);
    std::vector<std::string> placed;
    for (const PlacedLabel& l : map.labels)
        placed.push_back(l.id);
    ASSERT_FALSE(placed.empty());
    EXPECT_EQ(placed.front(), expected.front());
    std::vector<std::string> in_order;  // expected, less what is not placed on its own
    for (const std::string& id : expected)
        if (std::count(placed.begin(), placed.end(), id))
            in_order.push_back(id);
    EXPECT_EQ(placed, in_order);
    EXPECT_GE(placed.size(), expected.size() - 1);  // at most the event's town, in its callout
    EXPECT_EQ(std::count(map.dropped_labels.begin(), map.dropped_labels.end(), "place:sayram"), 0);
}

TEST(LabelPriorities, ABiggerRiverIsNamedBeforeASmallerOneAndAfterTheLakes) {
    const Style style = test::fixture_style();
    PageMap map = one_of_each();
    PageLine big{"big", "Big River", 0, {{{100, 400}, {200, 420}, {300, 400}}}};
    map.rivers.push_back(big);
    const std::vector<std::string> ids = ids_by_priority(label_requests(map, style));
    const auto at = [&](const std::string& id) { return std::find(ids.begin(), ids.end(), id); };
    EXPECT_LT(at("area:round-lake"), at("river:big"));
    EXPECT_LT(at("river:big"), at("river:blue"));
    EXPECT_LT(at("river:blue"), at("place:on-route"));
}

TEST(LabelPriorities, AnEventsTownKeepsItsSpotAndThePolityGivesWay) {
    // The polity's name is centred where the town's would stand: the town is placed first, at
    // its first position, whichever comes first in the input.
    const Style style = test::fixture_style();
    PageMap map = one_of_each();
    map.territories = {area("oirat", "Oirat", {330, 300})};
    std::vector<LabelRequest> requests;
    for (LabelRequest& r : label_requests(map, style))
        if (r.id == "place:sayram" || r.id == "area:oirat")
            requests.push_back(std::move(r));
    ASSERT_EQ(requests.size(), 2u);
    const PageBox frame{200, 240, 460, 360};
    const Placement town_alone =
        place_labels({requests[0].id == "place:sayram" ? requests[0] : requests[1]}, {}, frame);
    ASSERT_EQ(town_alone.placed.size(), 1u);
    for (const bool swap : {false, true}) {
        if (swap)
            std::swap(requests[0], requests[1]);
        const Placement placement = place_labels(requests, {}, frame);
        ASSERT_FALSE(placement.placed.empty());
        EXPECT_EQ(placement.placed[0].id, "place:sayram");
        const PageBox town = test::hull(placement.placed[0]);
        const PageBox first_choice = test::hull(town_alone.placed[0]);
        EXPECT_DOUBLE_EQ(town.x0, first_choice.x0);
        EXPECT_DOUBLE_EQ(town.y0, first_choice.y0);
    }
}

TEST(LabelPriorities, LandOfNoKnownHolderAndARegionNamedAsItsPolityGetNoSecondName) {
    // Unknown land is keyed in the legend; a region that bears a polity's name (Tibet held
    // by Tibet) is named once, as the polity; other regions keep their names.
    const Style style = test::fixture_style();
    PageMap map = one_of_each();
    map.territories.push_back(area(kUnknownPolity, "Holder unknown", {600, 350}));
    map.territories.push_back(area("tibet", "Tibet", {150, 300}));
    map.regions.push_back(area("tibet-region", "Tibet", {150, 310}));
    const std::vector<std::string> ids = ids_by_priority(label_requests(map, style));
    const auto has = [&](const std::string& id) { return std::count(ids.begin(), ids.end(), id); };
    EXPECT_EQ(has("area:unknown"), 0);
    EXPECT_EQ(has("area:tibet-region"), 0);
    EXPECT_EQ(has("area:tibet"), 1);
    EXPECT_EQ(has("area:jetisu"), 1);
    EXPECT_EQ(has("area:dzungar"), 1);
    EXPECT_EQ(year_label_requests(map.territories, style).size(), 2u);  // Dzungar, Tibet
}

}  // namespace
}  // namespace cm
