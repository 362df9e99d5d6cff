// check_gazetteer on files that load but are wrong as a whole: every problem is a value
// naming the file, the feature and the reason.

#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/gazetteer_loader.hpp"

namespace {

std::string fixture(const std::string& name) {
    return std::string(CM_TEST_FIXTURES) + "/gazetteer/" + name;
}

cm::ProblemList check_fixture(const std::string& name) {
    cm::Atlas atlas;
    atlas.places = cm::load_gazetteer(fixture(name));
    return cm::check_gazetteer(atlas, cm::AtlasFiles{fixture(name), ""});
}

bool has_problem(const cm::ProblemList& problems, const std::string& record,
                 const std::string& why) {
    for (const auto& p : problems)
        if (p.record == record && cm::to_string(p).find(why) != std::string::npos)
            return true;
    return false;
}

std::string all(const cm::ProblemList& problems) {
    std::string text;
    for (const auto& p : problems)
        text += cm::to_string(p) + "\n";
    return text;
}

}  // namespace

TEST(CheckGazetteer, ValidFileHasNoProblems) {
    EXPECT_TRUE(check_fixture("valid.geojson").empty()) << all(check_fixture("valid.geojson"));
}

TEST(CheckGazetteer, ReportsDuplicateId) {
    const auto problems = check_fixture("duplicate-id.geojson");
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_EQ(problems[0].file, fixture("duplicate-id.geojson"));
    EXPECT_TRUE(has_problem(problems, "feature 'sayram'", "duplicate id 'sayram'"));
}

TEST(CheckGazetteer, ReportsSelfIntersectingPolygon) {
    const auto problems = check_fixture("self-intersecting.geojson");
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_EQ(problems[0].field, "geometry");
    EXPECT_TRUE(has_problem(problems, "feature 'balkhash'", "self-intersecting")) << all(problems);
}

TEST(CheckGazetteer, ReportsSharedVariantThatNoPlaceFlags) {
    const auto problems = check_fixture("shared-name-unflagged.geojson");
    EXPECT_EQ(problems.size(), 2u) << all(problems);
    EXPECT_TRUE(
        has_problem(problems, "feature 'talas'", "variant 'Talas' is also a name of 'taraz'"))
        << all(problems);
    EXPECT_TRUE(
        has_problem(problems, "feature 'taraz'", "variant 'talas' is also a name of 'talas'"))
        << all(problems);
}

TEST(CheckGazetteer, AcceptsSharedVariantFlaggedByBothPlaces) {
    const auto problems = check_fixture("shared-name-flagged.geojson");
    EXPECT_TRUE(problems.empty()) << all(problems);
}

TEST(CheckGazetteer, ReportsFlagOnANameNoOtherPlaceHas) {
    const auto problems = check_fixture("shared-name-stale.geojson");
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_EQ(problems[0].field, "shared_names");
}

TEST(CheckGazetteer, ReportsEveryProblemNotJustTheFirst) {
    cm::Atlas atlas;
    atlas.places = cm::load_gazetteer(fixture("duplicate-id.geojson"));
    const auto more = cm::load_gazetteer(fixture("self-intersecting.geojson"));
    atlas.places.insert(atlas.places.end(), more.begin(), more.end());
    const auto problems = cm::check_gazetteer(atlas, cm::AtlasFiles{"g.geojson", ""});
    EXPECT_EQ(problems.size(), 2u) << all(problems);
}

TEST(CheckGazetteer, ReportsNaNAndOutOfRangeCoordinatesInAnAtlasBuiltInMemory) {
    cm::Atlas atlas;
    atlas.places = cm::load_gazetteer(fixture("valid.geojson"));
    std::get<cm::PointGeometry>(atlas.places[0].geometry).at.lon = std::nan("");
    auto& lake = std::get<cm::PolygonGeometry>(atlas.places[1].geometry);
    lake.polygons[0].rings[0][1].lat = 95.0;
    const auto problems = cm::check_gazetteer(atlas, cm::AtlasFiles{"g.geojson", ""});
    EXPECT_TRUE(has_problem(problems, "feature 'sayram'", "out of range or not a number"));
    EXPECT_TRUE(has_problem(problems, "feature 'issyk-kul'", "out of range or not a number"));
}

TEST(CheckGazetteer, ACopiedFeatureIsOneDuplicateNotAFloodOfSharedNames) {
    cm::Atlas atlas;
    atlas.places = cm::load_gazetteer(fixture("valid.geojson"));
    atlas.places.push_back(atlas.places[1]);
    const auto problems = cm::check_gazetteer(atlas, cm::AtlasFiles{"g.geojson", ""});
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_EQ(problems[0].message, "duplicate id 'issyk-kul'");
}
