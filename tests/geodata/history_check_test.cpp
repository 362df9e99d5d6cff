// check_history: each kind of problem is found and located; the project's data has none.

#include <gtest/gtest.h>

#include <algorithm>

#include "geodata/check/check_atlas.hpp"
#include "tests/border_fixture.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace {

using cm::test::square_region;

const cm::AtlasFiles kFiles{"data/gazetteer.geojson", "data/history"};

/// A small correct atlas: two regions, two polities, one event, one campaign.
cm::Atlas small_atlas() {
    cm::Atlas atlas;
    atlas.places = {cm::test::point_place("town", 0.5, 0.5),
                    cm::test::point_place("fort", 1.5, 0.5)};
    atlas.polities = {{"a", "A", {}, "a", ""}, {"b", "B", {}, "b", ""}};
    atlas.regions = {square_region("west", 0, 0), square_region("east", 1, 0)};
    atlas.control = {{"west", "a", 1600, {1600, 1610}, cm::Certainty::exact, "", ""},
                     {"east", "b", 1600, {1600, 1610}, cm::Certainty::exact, "", ""}};
    cm::Event e;
    e.id = "siege";
    e.years = {1605, 1605};
    e.place_id = "town";
    e.sides = {"a", "b"};
    atlas.events.push_back(e);
    cm::Campaign c;
    c.id = "march";
    c.side = "a";
    c.legs = {{"town", "fort", {}, 1605, 0, false, cm::Certainty::approximate}};
    atlas.campaigns.push_back(c);
    cm::test::borders_from_regions(atlas);
    return atlas;
}

/// @returns true when some problem has @p record and a message containing @p text.
bool found(const cm::ProblemList& problems, const std::string& record, const std::string& text) {
    return std::any_of(problems.begin(), problems.end(), [&](const cm::Problem& p) {
        return p.record == record && p.message.find(text) != std::string::npos;
    });
}

std::string all(const cm::ProblemList& problems) {
    std::string out;
    for (const auto& p : problems)
        out += cm::to_string(p) + "\n";
    return out;
}

}  // namespace

TEST(CheckHistory, SmallAtlasHasNoProblems) {
    const auto problems = cm::check_history(small_atlas(), kFiles);
    EXPECT_TRUE(problems.empty()) << all(problems);
}

TEST(CheckHistory, AnOutlineThatIsNotValidGeometryIsReported) {
    cm::Atlas atlas = small_atlas();
    // A bow tie: its edges cross at (0.5, 0.5).
    atlas.regions[0].geometry =
        cm::PolygonGeometry{{cm::Polygon{{{{0, 0}, {1, 1}, {1, 0}, {0, 1}, {0, 0}}}}}};
    const auto problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(found(problems, "region 'west'", "not valid geometry")) << all(problems);
    EXPECT_FALSE(found(problems, "region 'east'", "not valid geometry")) << all(problems);
}

TEST(CheckHistory, ProjectHistoryHasNoProblems) {
    const auto problems = cm::check_history(cm::test::project_atlas(),
                                            {"gazetteer.geojson", cm::test::history_dir()});
    EXPECT_TRUE(problems.empty()) << all(problems);
}

TEST(CheckHistory, UnknownPlaceOfAnEventNamesFileAndField) {
    cm::Atlas atlas = small_atlas();
    atlas.events[0].place_id = "atlantis";
    const auto problems = cm::check_history(atlas, kFiles);
    ASSERT_TRUE(found(problems, "event 'siege'", "unknown place id 'atlantis'")) << all(problems);
    EXPECT_EQ(problems[0].file, "data/history/events.toml");
    EXPECT_EQ(problems[0].field, "place");
}

TEST(CheckHistory, UnknownPolityInSidesVictorAndControl) {
    cm::Atlas atlas = small_atlas();
    atlas.events[0].sides.push_back("ruritania");
    atlas.events[0].victor = "freedonia";
    atlas.control[1].polity_id = "utopia";
    const auto problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(found(problems, "event 'siege'", "'ruritania'")) << all(problems);
    EXPECT_TRUE(found(problems, "event 'siege'", "'freedonia'")) << all(problems);
    EXPECT_TRUE(found(problems, "control 'east from 1600'", "'utopia'")) << all(problems);
}

TEST(CheckHistory, ControlOfAnUnknownRegion) {
    cm::Atlas atlas = small_atlas();
    atlas.control.push_back({"north", "a", 1600, {1600, 1610}, cm::Certainty::exact, "", ""});
    EXPECT_TRUE(found(cm::check_history(atlas, kFiles), "control 'north from 1600'",
                      "unknown region id 'north'"));
}

TEST(CheckHistory, LegToAPlaceWithNoGeometry) {
    cm::Atlas atlas = small_atlas();
    atlas.places[1].geometry = std::monostate{};
    atlas.campaigns[0].legs[0].via = {"nowhere"};
    const auto problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(found(problems, "campaign 'march' leg #1", "place 'fort' has no geometry"))
        << all(problems);
    EXPECT_TRUE(found(problems, "campaign 'march' leg #1", "'nowhere'")) << all(problems);
}

TEST(CheckHistory, RegionHeldOnlyFromALaterYear) {
    cm::Atlas atlas = small_atlas();
    atlas.control[1].from = atlas.control[1].years.first = 1603;
    EXPECT_TRUE(
        found(cm::check_history(atlas, kFiles), "region 'east'", "nobody holds it in 1600-1602"));
}

TEST(CheckHistory, TwoRecordsFromOneYear) {
    cm::Atlas atlas = small_atlas();
    atlas.control.push_back({"east", "a", 1600, {1600, 1600}, cm::Certainty::exact, "", ""});
    EXPECT_TRUE(found(cm::check_history(atlas, kFiles), "region 'east'",
                      "two records from 1600 ('b' and 'a')"));
}

TEST(CheckHistory, UnknownHolderIsAllowed) {
    cm::Atlas atlas = small_atlas();
    atlas.control[1].polity_id = cm::kUnknownPolity;
    EXPECT_TRUE(cm::check_history(atlas, kFiles).empty()) << all(cm::check_history(atlas, kFiles));
}

TEST(CheckHistory, RegionWithoutControl) {
    cm::Atlas atlas = small_atlas();
    atlas.regions.push_back(square_region("north", 0, 1));
    cm::test::borders_from_regions(atlas);
    EXPECT_TRUE(found(cm::check_history(atlas, kFiles), "region 'north'", "no control record"));
}

TEST(CheckHistory, YearsOutOfOrder) {
    cm::Atlas atlas = small_atlas();
    atlas.events[0].years = {1606, 1605};
    atlas.campaigns[0].legs[0].last_year = 1601;
    const auto problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(found(problems, "event 'siege'", "years out of order")) << all(problems);
    EXPECT_TRUE(found(problems, "campaign 'march' leg #1", "years out of order")) << all(problems);
}
