// `campaignmap geocode`: outputs in each format, the report, and every bad input as one
// error line with exit status 1 (2 for a usage error) and no file left behind.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>

#include "tests/cli/run_command.hpp"
#include "tests/temp_dir.hpp"

using cm::test::TempDir;

namespace fs = std::filesystem;
using cm::test::CommandResult;
using cm::test::run_campaignmap;

namespace {

const fs::path kFixtures = fs::path(CM_TEST_FIXTURES) / "geocode";
const std::string kArticle = (kFixtures / "articles" / "steppe-war.txt").string();

CommandResult geocode(const std::string& args) {
    return run_campaignmap("geocode --data " + kFixtures.string() + " " + args);
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST(GeocodeCli, WritesPlacesAndReportAndSummarisesUnresolvedNames) {
    const TempDir dir;
    const CommandResult r =
        geocode(kArticle + " -o " + (dir / "places.geojson") + " --report " + (dir / "r.json"));
    EXPECT_EQ(r.status, 0) << r.output;
    const std::string places = read((dir / "places.geojson"));
    EXPECT_NE(places.find("\"id\": \"lake-sayram\""), std::string::npos);
    EXPECT_NE(places.find("\"mention_count\": 2"), std::string::npos);
    EXPECT_EQ(places.find("invented war"), std::string::npos);  // no article text
    const std::string report = read((dir / "r.json"));
    EXPECT_NE(report.find("\"text\": \"Karakol River\""), std::string::npos) << report;
    EXPECT_NE(r.output.find("2 unresolved"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("\"Karakol gorge\" (Infobox Place)"), std::string::npos) << r.output;
}

TEST(GeocodeCli, WritesGeoPackageAndCsv) {
    const TempDir dir;
    for (const char* name : {"places.gpkg", "places.csv"}) {
        const CommandResult r = geocode(kArticle + " -o " + (dir / name));
        EXPECT_EQ(r.status, 0) << name << r.output;
        EXPECT_GT(fs::file_size((dir / name)), 0u) << name;
    }
    EXPECT_NE(read((dir / "places.csv")).find("lake-sayram"), std::string::npos);
}

TEST(GeocodeCli, UnknownExtensionIsErrorAndWritesNothing) {
    const TempDir dir;
    const CommandResult r = geocode(kArticle + " -o " + (dir / "places.shp"));
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.output.rfind("campaignmap: " + (dir / "places.shp") + ": unknown output", 0), 0u)
        << r.output;
    EXPECT_TRUE(fs::is_empty(dir.path));
}

TEST(GeocodeCli, MissingOrUnwritableDirectoryIsError) {
    const TempDir dir;
    CommandResult r = geocode(kArticle + " -o " + (dir / "no/places.geojson"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("does not exist"), std::string::npos) << r.output;
    r = geocode(kArticle + " -o " + (dir / "places.geojson") + " --report " + (dir / "no/r.json"));
    EXPECT_EQ(r.status, 1) << r.output;
    EXPECT_TRUE(fs::is_empty(dir.path)) << "no places file when the report cannot be written";
    // procfs refuses new files even to root, unlike a directory without write permission.
    r = geocode(kArticle + " -o /proc/campaignmap-places.geojson");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.output.find("cannot write in '/proc'"), std::string::npos) << r.output;
}

TEST(GeocodeCli, BadArticlesAreErrorsNamingTheFileAndLeaveNoOutput) {
    const TempDir dir;
    dir.write("empty.txt", "");
    dir.write("latin1.txt", "The Ili.\nAyag\xf6z river.\n");
    const std::pair<std::string, std::string> cases[] = {
        {(dir / "empty.txt"), "empty"},
        {(dir / "latin1.txt"), "line 2: not UTF-8"},
        {(dir / "missing.txt"), "no such article"},
    };
    for (const auto& [article, reason] : cases) {
        const CommandResult r = geocode(kArticle + " " + article + " -o " + (dir / "p.geojson"));
        EXPECT_EQ(r.status, 1) << article;
        EXPECT_EQ(r.output.rfind("campaignmap: " + article + ": ", 0), 0u) << r.output;
        EXPECT_NE(r.output.find(reason), std::string::npos) << r.output;
        EXPECT_FALSE(fs::exists((dir / "p.geojson"))) << article;
    }
}

TEST(GeocodeCli, MissingOutputOrArticleIsUsageError) {
    EXPECT_EQ(geocode(kArticle).status, 2);
    EXPECT_EQ(geocode("-o x.geojson").status, 2);
}
