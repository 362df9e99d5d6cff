// check_name_lengths: a name longer than kMaxNameChars characters is a problem naming its
// file, record and field; names at the limit (counted in characters, not bytes) are not.

#include <gtest/gtest.h>

#include <string>

#include "geodata/check/check_atlas.hpp"
#include "tests/geodata/history_test_data.hpp"

namespace cm {
namespace {

const AtlasFiles kFiles{"data/gazetteer.geojson", "data/history"};

std::string repeated(const std::string& piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i)
        out += piece;
    return out;
}

TEST(NameLengths, ProjectDataHasNone) {
    EXPECT_TRUE(check_name_lengths(test::project_atlas(), kFiles).empty());
}

TEST(NameLengths, ReportsATenThousandCharacterPolityName) {
    Atlas atlas;
    atlas.polities = {{"long", repeated("Khanate ", 1250), {}, "kazakh", "fixture"}};
    const ProblemList problems = check_name_lengths(atlas, kFiles);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(to_string(problems[0]),
              "data/history/polities.toml: polity 'long': name: name of 10000 characters, more "
              "than 200");
    // check_atlas reports it too, so render and animate refuse the data.
    bool found = false;
    for (const Problem& p : check_atlas(atlas, kFiles))
        found = found || p.record == "polity 'long'";
    EXPECT_TRUE(found);
}

TEST(NameLengths, CountsCharactersNotBytes) {
    Atlas atlas;
    atlas.places = {test::point_place("ok", 60.0, 40.0), test::point_place("long", 61.0, 41.0)};
    atlas.places[0].name = repeated("ö", kMaxNameChars);  // 400 bytes, 200 characters
    atlas.places[1].names = {"Long", repeated("ö", kMaxNameChars + 1)};
    atlas.regions = {test::square_region("r", 60.0, 40.0)};
    atlas.regions[0].name = std::string(kMaxNameChars + 5, 'r');
    const ProblemList problems = check_name_lengths(atlas, kFiles);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(to_string(problems[0]),
              "data/gazetteer.geojson: feature 'long': names: name of 201 characters, more than "
              "200");
    EXPECT_EQ(to_string(problems[1]),
              "data/history/regions.geojson: region 'r': name: name of 205 characters, more "
              "than 200");
}

}  // namespace
}  // namespace cm
