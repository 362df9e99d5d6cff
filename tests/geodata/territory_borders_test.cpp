// Territories as a border topology: regions are the faces of borders.geojson, borders that
// follow a river take its line, control holds until it changes, and check_history locates
// every topology problem by segment or region and lon/lat.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/history_loader.hpp"
#include "geodata/io/region_faces.hpp"
#include "geodata/query/control.hpp"
#include "tests/border_fixture.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace {

using cm::test::square_region;

const cm::AtlasFiles kFiles{"data/gazetteer.geojson", "data/history"};

const cm::Atlas& shipped_atlas() {
    static const cm::Atlas atlas = cm::load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    return atlas;
}

/// Two unit squares side by side, west held by 'a', east by 'b', from 1600; history to 1610.
cm::Atlas two_squares() {
    cm::Atlas atlas;
    atlas.polities = {{"a", "A", {}, "a", ""}, {"b", "B", {}, "b", ""}};
    atlas.wars = {{"w", "W", {1600, 1610}, "s", std::nullopt}};
    atlas.regions = {square_region("west", 0, 0), square_region("east", 1, 0)};
    atlas.control = {{"west", "a", 1600, {}, cm::Certainty::exact, "", "s"},
                     {"east", "b", 1600, {}, cm::Certainty::exact, "", "s"}};
    cm::set_control_years(atlas);
    cm::test::borders_from_regions(atlas);
    return atlas;
}

cm::Border border(const std::string& id, std::vector<cm::LonLat> points) {
    cm::Border b;
    b.id = id;
    b.line.points = std::move(points);
    b.source = "s";
    return b;
}

std::string all(const cm::ProblemList& problems) {
    std::string out;
    for (const auto& p : problems)
        out += cm::to_string(p) + "\n";
    return out;
}

bool found(const cm::ProblemList& problems, const std::string& record, const std::string& text) {
    for (const auto& p : problems)
        if (p.record == record && p.message.find(text) != std::string::npos)
            return true;
    return false;
}

const cm::Region* region_at(const cm::Atlas& atlas, const cm::LonLat& p) {
    for (const cm::Region& r : atlas.regions)
        if (cm::polygons_contain(r.geometry, p))
            return &r;
    return nullptr;
}

}  // namespace

TEST(BorderTopology, TodaysHoldersStayInEveryYear) {
    std::ifstream in(std::string(CM_TEST_FIXTURES) + "/history/holders_before_borders.tsv");
    ASSERT_TRUE(in);
    const cm::Atlas& atlas = shipped_atlas();
    int years_checked = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream row(line);
        std::string old_region, holder;
        cm::LonLat p;
        int first = 0, last = 0;
        row >> old_region >> p.lon >> p.lat >> first >> last >> holder;
        const cm::Region* region = region_at(atlas, p);
        ASSERT_NE(region, nullptr) << old_region << " at " << p.lon << ", " << p.lat;
        for (int year = first; year <= last; ++year, ++years_checked) {
            const cm::Control* c = cm::holder_in_year(atlas, region->id, year);
            ASSERT_NE(c, nullptr) << old_region << " " << year;
            EXPECT_EQ(c->polity_id, holder)
                << old_region << " (now '" << region->id << "') " << year;
        }
    }
    EXPECT_EQ(years_checked, 19 * (1697 - 1623 + 1));  // every region of then, every year
}

TEST(BorderTopology, ShippedRegionsAreFacesAndCheckFindsNoTopologyProblem) {
    const cm::Atlas& atlas = shipped_atlas();
    for (const cm::Region& r : atlas.regions)
        EXPECT_FALSE(r.geometry.polygons.empty()) << r.id;
    const cm::ProblemList problems = cm::check_history(atlas, kFiles);
    EXPECT_EQ(cm::count_of(problems, cm::Severity::error), 0u) << all(problems);
}

TEST(BorderTopology, EachBorderKnowsTheRegionsOnItsSides) {
    const cm::Atlas atlas = two_squares();
    int shared = 0, frame = 0;
    for (const cm::Border& b : atlas.borders) {
        const bool middle = b.line.points.front().lon == 1.0 && b.line.points.back().lon == 1.0;
        if (middle) {
            ++shared;
            EXPECT_TRUE((b.left_region == "east" && b.right_region == "west") ||
                        (b.left_region == "west" && b.right_region == "east"))
                << b.left_region << " | " << b.right_region;
        } else {
            ++frame;
            EXPECT_TRUE(b.left_region.empty() != b.right_region.empty()) << b.id;
        }
    }
    EXPECT_EQ(shared, 1);
    EXPECT_EQ(frame, 6);
}

TEST(BorderTopology, DanglingEndIsLocated) {
    cm::Atlas atlas = two_squares();
    atlas.borders.push_back(border("spur", {{1.0, 1.0}, {1.5, 1.5}}));
    EXPECT_TRUE(found(cm::check_history(atlas, kFiles), "border 'spur'",
                      "dangling end at lon 1.5000, lat 1.5000"))
        << all(cm::check_history(atlas, kFiles));
}

TEST(BorderTopology, CrossingWithoutANodeIsLocated) {
    cm::Atlas atlas = two_squares();
    atlas.borders.push_back(border("slash", {{0.5, -0.5}, {0.5, 0.5}}));
    const auto problems = cm::check_history(atlas, kFiles);
    bool located = false;
    for (const auto& p : problems)
        located = located || (p.message.find("border 'slash' at lon 0.5000, lat 0.0000 without a "
                                             "shared node") != std::string::npos);
    EXPECT_TRUE(located) << all(problems);
}

TEST(BorderTopology, FaceWithoutARegionPointIsLocated) {
    cm::Atlas atlas = two_squares();
    atlas.regions.pop_back();
    atlas.control.pop_back();
    cm::build_regions(atlas);
    EXPECT_TRUE(found(cm::check_history(atlas, kFiles), "face around lon 1.4988, lat 0.5000",
                      "no region point"))
        << all(cm::check_history(atlas, kFiles));
}

TEST(BorderTopology, TwoRegionPointsInOneFaceAndAPointOutsideAreLocated) {
    cm::Atlas atlas = two_squares();
    std::erase_if(atlas.borders, [](const cm::Border& b) {
        return b.line.points.front().lon == 1.0 && b.line.points.back().lon == 1.0;
    });
    cm::Region far = atlas.regions.back();
    far.id = "far";
    atlas.regions.push_back(far);
    atlas.regions.back().at = {5.0, 5.0};
    atlas.control.push_back({"far", "a", 1600, {1600, 1610}, cm::Certainty::exact, "", "s"});
    cm::build_regions(atlas);
    const auto problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(found(problems, "region 'east'", "lies in one face with region 'west'"))
        << all(problems);
    EXPECT_TRUE(found(problems, "region 'far'",
                      "its point at lon 5.0000, lat 5.0000 lies outside every face"))
        << all(problems);
}

TEST(FollowsFeature, BorderTakesTheLineAndItsNeighboursFollowTheEnds) {
    cm::Atlas atlas = two_squares();
    cm::Place river;
    river.id = "river";
    river.type = cm::PlaceType::river;
    river.geometry =
        cm::LineGeometry{{{1.0, -0.5}, {1.01, 0.002}, {0.9, 0.5}, {1.02, 0.999}, {1.0, 1.5}}};
    atlas.places.push_back(river);
    for (cm::Border& b : atlas.borders)
        if (b.line.points.front().lon == 1.0 && b.line.points.back().lon == 1.0)
            b.follows = "river";
    cm::follow_features(atlas.borders, atlas.places);
    cm::build_regions(atlas);
    for (const cm::Border& b : atlas.borders)
        if (b.follows == "river") {
            ASSERT_EQ(b.line.points.size(), 3u);
            EXPECT_EQ(b.line.points[0], (cm::LonLat{1.01, 0.002}));
            EXPECT_EQ(b.line.points[1], (cm::LonLat{0.9, 0.5}));
            EXPECT_EQ(b.line.points[2], (cm::LonLat{1.02, 0.999}));
            EXPECT_LT(b.follows_moved_km, 2.5);
        }
    const auto problems = cm::check_history(atlas, kFiles);
    EXPECT_EQ(cm::count_of(problems, cm::Severity::error), 0u) << all(problems);
    // the river's bend west of 1° E is the east region's now
    EXPECT_EQ(region_at(atlas, {0.95, 0.5})->id, "east");
}

TEST(FollowsFeature, UnknownFeatureOrAFarEndIsReported) {
    cm::Atlas atlas = two_squares();
    cm::Place river;
    river.id = "river";
    river.type = cm::PlaceType::river;
    river.geometry = cm::LineGeometry{{{1.0, 0.0}, {3.0, 0.5}, {1.0, 1.0}}};
    atlas.places.push_back(river);
    atlas.borders.front().follows = "rivr";
    auto problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(found(problems, "border '" + atlas.borders.front().id + "'",
                      "unknown place id 'rivr' (did you mean 'river'?)"))
        << all(problems);
    atlas.borders.front().follows = "river";
    atlas.borders.front().follows_moved_km = 40.0;
    problems = cm::check_history(atlas, kFiles);
    EXPECT_TRUE(
        found(problems, "border '" + atlas.borders.front().id + "'", "lay 40 km from 'river'"))
        << all(problems);
}

TEST(ControlFrom, HoldsUntilTheRegionsNextRecordAndTheLastToTheEnd) {
    cm::Atlas atlas = two_squares();
    atlas.control.push_back({"east", "a", 1605, {}, cm::Certainty::exact, "", "s"});
    atlas.control.push_back({"east", cm::kUnknownPolity, 1603, {}, cm::Certainty::exact, "", "s"});
    cm::set_control_years(atlas);
    EXPECT_EQ(atlas.control[0].years, (cm::YearRange{1600, 1610}));
    EXPECT_EQ(atlas.control[1].years, (cm::YearRange{1600, 1602}));
    EXPECT_EQ(atlas.control[2].years, (cm::YearRange{1605, 1610}));
    EXPECT_EQ(atlas.control[3].years, (cm::YearRange{1603, 1604}));
    EXPECT_EQ(cm::holder_in_year(atlas, "east", 1604)->polity_id, "unknown");
    EXPECT_EQ(cm::holder_in_year(atlas, "east", 1610)->polity_id, "a");
    EXPECT_EQ(cm::history_span(atlas), (cm::YearRange{1600, 1610}));
}

TEST(BorderTopology, RecordsAndTopologyTogetherAreTheWholeCheck) {
    cm::Atlas atlas = two_squares();
    atlas.borders.push_back(border("slash", {{0.5, -0.5}, {0.5, 0.5}}));  // crosses unnoded
    atlas.control.push_back({"east", "nobody", 1605, {}, cm::Certainty::exact, "", "s"});
    cm::set_control_years(atlas);
    const cm::ProblemList records = cm::check_atlas_records(atlas, kFiles);
    const cm::ProblemList topology = cm::check_atlas_topology(atlas, kFiles);
    EXPECT_TRUE(found(records, "control 'east from 1605'", "unknown polity id 'nobody'"))
        << all(records);
    EXPECT_FALSE(found(records, "border 'slash'", "")) << all(records);
    EXPECT_FALSE(topology.empty());
    for (const cm::Problem& p : topology)
        EXPECT_NE(p.message.find("border"), std::string::npos) << cm::to_string(p);
    std::vector<std::string> parts, whole;
    for (const cm::ProblemList* list : {&records, &topology})
        for (const cm::Problem& p : *list)
            parts.push_back(cm::to_string(p));
    for (const cm::Problem& p : cm::check_atlas(atlas, kFiles))
        whole.push_back(cm::to_string(p));
    std::sort(parts.begin(), parts.end());
    std::sort(whole.begin(), whole.end());
    EXPECT_EQ(parts, whole);
}
