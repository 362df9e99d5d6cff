// No event is dropped: on both wars' maps in every style and page preset, on every year map
// of 1635-1697 and in every year's frame of the animation, each event of the map's period is
// placed, in a callout on the map or, numbered at its mark, in the event list; and no event's
// label and no name of a town where an event happened is among the dropped labels. Labels
// are placed without drawing anything.

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "render/animate/timeline_bar.hpp"
#include "render/canvas/fonts.hpp"
#include "render/scene/compose_map.hpp"
#include "render/scene/event_labels.hpp"
#include "render/scene/prepared_map.hpp"
#include "render/style/style_loader.hpp"
#include "render/style/styled_page.hpp"
#include "tests/render/scene_fixture.hpp"

namespace cm {
namespace {

const Atlas* repository_atlas() {
    static const std::optional<Atlas> atlas = []() -> std::optional<Atlas> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!std::filesystem::exists(data + "/labels.toml"))
            return std::nullopt;
        return load_atlas(data);
    }();
    return atlas ? &*atlas : nullptr;
}

const Style& style_named(const std::string& name) {
    static std::map<std::string, Style> styles;
    auto it = styles.find(name);
    if (it == styles.end())
        it = styles.emplace(name, load_style(resolve_style_path(name))).first;
    return it->second;
}

Basemap flat_land() {
    Basemap land;
    land.land.polygons.push_back(test::square(30.0, 20.0, 130.0, 65.0));
    return land;
}

/// The ids of the events of @p atlas in @p years that a map draws.
std::set<std::string> period_events(const Atlas& atlas, const YearRange& years) {
    std::set<std::string> out;
    for (const Event& e : atlas.events)
        if (e.years.overlaps(years) && e.type != EventType::campaign)
            out.insert(e.id);
    return out;
}

/// The event ids @p map places: in its callouts ("event:a+b") and, by number, in its list.
std::set<std::string> placed_events(const PageMap& map) {
    std::set<std::string> out;
    for (const PlacedLabel& label : map.labels) {
        if (label.id.rfind("event:", 0) != 0)
            continue;
        std::stringstream ids(label.id.substr(6));
        for (std::string id; std::getline(ids, id, '+');)
            out.insert(id);
    }
    std::size_t listed = 0;
    for (const EventCluster& c : map.event_clusters) {
        if (c.number == 0)
            continue;
        const std::string number = "event-number:" + std::to_string(c.number);
        const bool marked = std::any_of(map.labels.begin(), map.labels.end(),
                                        [&](const PlacedLabel& l) { return l.id == number; });
        for (const std::size_t i : c.members)
            if (marked)
                out.insert(map.events[i].event.id);
        listed += c.members.size();
    }
    EXPECT_EQ(map.event_list.lines.size(), listed + map.event_list.beyond.size());
    out.insert(map.event_list.beyond.begin(), map.event_list.beyond.end());
    return out;
}

bool inside(const PageBox& frame, const PageBox& box) {
    return frame.x0 <= box.x0 && box.x1 <= frame.x1 && frame.y0 <= box.y0 && box.y1 <= frame.y1;
}

void expect_every_event_placed(const PageMap& map, const std::set<std::string>& expected,
                               const std::string& where) {
    const std::set<std::string> placed = placed_events(map);
    for (const std::string& id : expected)
        EXPECT_TRUE(placed.count(id)) << where << ": event " << id << " is nowhere";
    const std::vector<std::string> towns = event_place_ids(map.events);
    for (const std::string& id : map.dropped_labels) {
        EXPECT_NE(id.rfind("event", 0), 0u) << where << ": dropped " << id;
        const bool town = id.rfind("place:", 0) == 0 &&
                          std::binary_search(towns.begin(), towns.end(), id.substr(6));
        EXPECT_FALSE(town) << where << ": the name of an event's town is dropped: " << id;
    }
    if (!map.event_list.lines.empty()) {
        EXPECT_TRUE(inside(map.frame.map_box, map.event_list.box)) << where << ": list off the map";
    }
}

/// The spec of a map of @p years on @p page as the renderer sizes it for @p style.
MapSpec spec_for(const YearRange& years, const std::string& page, const Style& style) {
    MapSpec spec;
    spec.years = years;
    spec.page = styled_page(page, 0, style);
    spec.relief = false;
    return spec;
}

/// The war whose years hold @p year (its extent is that of the year's map), else nothing.
const War* war_of(const Atlas& atlas, int year) {
    for (const War& war : atlas.wars)
        if (war.years.contains(year))
            return &war;
    return nullptr;
}

PageMap placed_map(const Atlas& atlas, const MapSpec& spec, const Style& style) {
    const MapPlan plan = plan_map(atlas, spec, style);
    return compose_map(plan, spec, style, flat_land(), nullptr, nullptr);
}

}  // namespace

TEST(EventsAllPlaced, WarMapsInEveryStyleAndPage) {
    const Atlas* atlas = repository_atlas();
    ASSERT_NE(atlas, nullptr);
    pin_fonts();
    for (const War& war : atlas->wars)
        for (const char* style : {"publication", "slides", "wikipedia"})
            for (const char* page : {"slide", "a4", "a3", "letter-landscape", "800x600"}) {
                MapSpec spec = spec_for(war.years, page, style_named(style));
                spec.war_id = war.id;
                spec.extent = war.extent;
                const PageMap map = placed_map(*atlas, spec, style_named(style));
                expect_every_event_placed(map, period_events(*atlas, war.years),
                                          war.id + " " + style + " " + page);
            }
}

TEST(EventsAllPlaced, EveryYearMap) {
    const Atlas* atlas = repository_atlas();
    ASSERT_NE(atlas, nullptr);
    pin_fonts();
    for (int year = 1635; year <= 1697; ++year) {
        MapSpec spec = spec_for({year, year}, "a4", style_named("publication"));
        if (const War* war = war_of(*atlas, year))
            spec.extent = war->extent;
        const PageMap map = placed_map(*atlas, spec, style_named("publication"));
        expect_every_event_placed(map, period_events(*atlas, {year, year}),
                                  "year " + std::to_string(year));
    }
}

TEST(EventsAllPlaced, EveryFrameOfTheAnimation) {
    const Atlas* atlas = repository_atlas();
    ASSERT_NE(atlas, nullptr);
    pin_fonts();
    const Style& style = style_named("slides");
    MapSpec spec = spec_for({1635, 1697}, "slide", style);
    spec.page = page_above_timeline(spec.page, style);
    const MapPlan plan = plan_map(*atlas, spec, style);
    const PreparedMap prepared =
        prepare_map(*atlas, plan, spec, style, flat_land(), nullptr, nullptr);
    for (int year = 1635; year <= 1697; ++year) {
        const PageMap frame = frame_map(prepared, {year, 1.0});
        expect_every_event_placed(frame, period_events(*atlas, {year, year}),
                                  "frame " + std::to_string(year));
    }
}

}  // namespace cm
