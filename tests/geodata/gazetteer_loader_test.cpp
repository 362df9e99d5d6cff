// The gazetteer loader on broken files: each fixture breaks one rule, and the error names
// the file, the feature and what is wrong.

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

namespace {

std::string fixture(const std::string& name) {
    return std::string(CM_TEST_FIXTURES) + "/gazetteer/" + name;
}

/// @returns the DataError message of loading @p name, or "" when it loads.
std::string load_error(const std::string& name) {
    try {
        cm::load_gazetteer(fixture(name));
    } catch (const cm::DataError& e) {
        return e.what();
    }
    return {};
}

void expect_error(const std::string& name, const std::string& record, const std::string& why) {
    const std::string message = load_error(name);
    ASSERT_FALSE(message.empty()) << name << " loaded without error";
    EXPECT_EQ(message.rfind(fixture(name), 0), 0u) << message;
    EXPECT_NE(message.find(record), std::string::npos) << message;
    EXPECT_NE(message.find(why), std::string::npos) << message;
}

}  // namespace

TEST(GazetteerLoader, ReadsEveryFieldOfAValidFile) {
    const auto places = cm::load_gazetteer(fixture("valid.geojson"));
    ASSERT_EQ(places.size(), 2u);
    EXPECT_EQ(places[0].id, "sayram");
    EXPECT_EQ(places[0].type, cm::PlaceType::settlement);
    ASSERT_TRUE(std::holds_alternative<cm::PointGeometry>(places[0].geometry));
    EXPECT_DOUBLE_EQ(std::get<cm::PointGeometry>(places[0].geometry).at.lon, 69.77);
    EXPECT_EQ(places[1].type, cm::PlaceType::lake);
    EXPECT_EQ(places[1].certainty, cm::Certainty::approximate);
    EXPECT_EQ(places[1].names.at(1), "Ysyk-Köl");
    EXPECT_EQ(places[1].note, "hand-drawn");
    EXPECT_TRUE(std::holds_alternative<cm::PolygonGeometry>(places[1].geometry));
}

TEST(GazetteerLoader, MissingNameNamesTheFeature) {
    expect_error("missing-name.geojson", "feature 'sayram'", "missing property 'name'");
}

TEST(GazetteerLoader, UnknownTypeIsAnError) {
    expect_error("unknown-type.geojson", "feature 'sayram'", "unknown type 'fortress'");
}

TEST(GazetteerLoader, CoordinateOutOfRangeIsAnError) {
    expect_error("out-of-range.geojson", "feature 'sayram'", "out of range");
}

TEST(GazetteerLoader, NaNCoordinateIsAnError) {
    expect_error("nan-coordinate.geojson", "feature 'sayram'", "geometry");
}

TEST(GazetteerLoader, PointForARiverIsAnError) {
    expect_error("wrong-geometry.geojson", "feature 'ili'", "does not fit type 'river'");
}

TEST(GazetteerLoader, UnknownPropertyNamesTheFeatureThatSetsIt) {
    expect_error("unknown-property.geojson", "feature 'sayram'", "unknown property 'population'");
}

TEST(GazetteerLoader, UncertainPlaceNeedsANote) {
    expect_error("uncertain-without-note.geojson", "feature 'orbulaq'", "needs a note");
}

TEST(GazetteerLoader, SharedNameMustBeAmongNames) {
    expect_error("shared-name-not-in-names.geojson", "feature 'taraz'",
                 "shared name 'Talas' is not among 'names'");
}

TEST(GazetteerLoader, TruncatedFileIsAnErrorNotACrash) {
    const std::string message = load_error("truncated.geojson");
    EXPECT_NE(message.find("truncated.geojson"), std::string::npos) << message;
}

TEST(GazetteerLoader, MissingFileIsAnError) {
    EXPECT_THROW(cm::load_gazetteer(fixture("no-such-file.geojson")), cm::DataError);
}

TEST(GazetteerLoader, DuplicateIdsLoadSoThatCheckCanReportThem) {
    EXPECT_EQ(cm::load_gazetteer(fixture("duplicate-id.geojson")).size(), 2u);
}

// A small file is handed to GDAL as its text; text that is no JSON object would be taken for a
// file name, so a gazetteer that holds the path of another one must not load that one.
TEST(GazetteerLoader, AFileHoldingAPathIsRefusedNotFollowed) {
    const cm::test::TempDir dir;
    dir.write("gazetteer.geojson", fixture("valid.geojson"));
    try {
        cm::load_gazetteer(dir / "gazetteer.geojson");
        FAIL() << "the path in the file was followed";
    } catch (const cm::DataError& e) {
        EXPECT_NE(std::string(e.what()).find("does not begin with '{'"), std::string::npos)
            << e.what();
    }
}

TEST(GazetteerLoader, AByteOrderMarkIsSkipped) {
    std::ifstream in(fixture("valid.geojson"), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const cm::test::TempDir dir;
    dir.write("gazetteer.geojson", "\xEF\xBB\xBF" + text.str());
    EXPECT_EQ(cm::load_gazetteer(dir / "gazetteer.geojson").size(), 2u);
}
