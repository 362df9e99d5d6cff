// `geocode --draft-gazetteer FILE --reference DIR`: the suggestions written as features the
// gazetteer loader reads, and the usage errors of the two options.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "geodata/io/gazetteer_loader.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

namespace {

const std::string kArticle = std::string(CM_TEST_FIXTURES) + "/walkthrough/lepsy-war-1702-1704.txt";

}  // namespace

TEST(GeocodeSuggestCli, TheDraftGazetteerLoadsAsAGazetteerOfUncertainPlaces) {
    const cm::test::TempDir dir("cm-suggest");
    const auto r = cm::test::run_campaignmap("geocode " + kArticle + " -o " + (dir / "p.geojson") +
                                             " --draft-gazetteer " + (dir / "draft.geojson"));
    ASSERT_EQ(r.status, 0) << r.output;
    const std::vector<cm::Place> places = cm::load_gazetteer(dir / "draft.geojson");
    ASSERT_EQ(places.size(), 6u);  // five towns and the desert; Kara-Bulak has no suggestion
    for (const cm::Place& p : places) {
        EXPECT_EQ(p.certainty, cm::Certainty::uncertain) << p.id;
        EXPECT_NE(p.note.find("Suggested by campaignmap geocode"), std::string::npos) << p.id;
        EXPECT_EQ(p.source.rfind("lepsy-war-1702-1704, ", 0), 0u) << p.id;  // article, section
    }
    EXPECT_EQ(places[0].id, "sarkand");
    EXPECT_EQ(places[0].source, "lepsy-war-1702-1704, Infobox");  // where it was first named
    EXPECT_EQ(places[0].type, cm::PlaceType::settlement);
}

TEST(GeocodeSuggestCli, ReferenceOffSuggestsNothingAndAMissingReferenceIsAUsageError) {
    const cm::test::TempDir dir("cm-suggest");
    const std::string run = "geocode " + kArticle + " -o " + (dir / "p.geojson");
    const auto off = cm::test::run_campaignmap(run + " --reference off");
    EXPECT_EQ(off.status, 0);
    EXPECT_EQ(off.output.find("maybe "), std::string::npos) << off.output;
    const auto missing = cm::test::run_campaignmap(run + " --reference " + (dir / "none"));
    EXPECT_EQ(missing.status, 2) << missing.output;
    EXPECT_NE(missing.output.find("not a directory"), std::string::npos) << missing.output;
    const auto csv = cm::test::run_campaignmap(run + " --draft-gazetteer " + (dir / "d.csv"));
    EXPECT_EQ(csv.status, 2) << csv.output;
    const auto same = cm::test::run_campaignmap(run + " --draft-gazetteer " + (dir / "p.geojson"));
    EXPECT_EQ(same.status, 2) << same.output;
    EXPECT_NE(same.output.find("given as --draft-gazetteer and as -o"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "d.csv"));
}
