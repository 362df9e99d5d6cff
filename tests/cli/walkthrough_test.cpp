// README "Adding a war", followed step by step on the invented Lepsy War of 1702-1704
// (tests/fixtures/walkthrough) in a temporary data directory: geocode with suggestions,
// the reviewed gazetteer, draft, the drafts refused by check, the reviewed history,
// borders and control, a border moved as QGIS saves it, check, render, animate.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <cpl_json.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include "geodata/io/ogr.hpp"
#include "geodata/model/geometry.hpp"
#include "tests/cli/run_command.hpp"
#include "tests/cli/scratch_data.hpp"
#include "tests/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
using cm::test::read_bytes;
using cm::test::run_campaignmap;

const fs::path kWalk = fs::path(CM_TEST_FIXTURES) / "walkthrough";
const std::string kArticle = (kWalk / "lepsy-war-1702-1704.txt").string();

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

void copy_history(const cm::test::TempDir& dir, std::initializer_list<const char*> names) {
    for (const char* name : names)
        fs::copy_file(kWalk / "reviewed" / "history" / name, dir.path / "data" / "history" / name,
                      fs::copy_options::overwrite_existing);
}

/// The coordinates of feature @p id of GeoJSON file @p path, as "lon lat".
std::string point_of(const std::string& path, const std::string& id) {
    CPLJSONDocument doc;
    if (!doc.Load(path))
        return "unreadable";
    for (const CPLJSONObject& f : doc.GetRoot().GetArray("features"))
        if (f.GetObj("properties").GetString("id") == id) {
            const CPLJSONArray xy = f.GetObj("geometry").GetArray("coordinates");
            return std::to_string(xy[0].ToDouble()) + " " + std::to_string(xy[1].ToDouble());
        }
    return "missing";
}

/// Step 1: the shipped gazetteer lacks the war's towns; each is reported with a suggestion.
void geocode_with_suggestions(const cm::test::TempDir& dir) {
    const auto r = run_campaignmap("geocode " + kArticle + " -o " + (dir / "places.geojson") +
                                   " --report " + (dir / "report.json") + " --draft-gazetteer " +
                                   (dir / "suggested.geojson"));
    ASSERT_EQ(r.status, 0) << r.output;
    for (const char* name : {"\"Urdzhar\" (list after 'marched to')", "maybe Urzhar",
                             "\"Kara Bulak\" (after 'near'; the same place as \"Kara-Bulak\")",
                             "\"Betpak-Dala desert\" (the X desert)", "maybe BETPAQDALA DESERT",
                             "\"Karatol river\" read as 'karatal' (one-vowel variant)"})
        EXPECT_TRUE(has(r.output, name)) << name << "\n" << r.output;
    EXPECT_FALSE(has(r.output, "Bolat Khan")) << r.output;
    EXPECT_FALSE(has(r.output, "Middle Juz")) << r.output;
    // The review kept the suggested coordinates of the towns.
    const std::string reviewed = (kWalk / "reviewed" / "gazetteer.geojson").string();
    for (const char* town : {"urdzhar", "sarkand", "ushtobe", "zharkent", "taldykorgan"})
        EXPECT_EQ(point_of(dir / "suggested.geojson", town), point_of(reviewed, town)) << town;
}

/// Steps 2 and 3: the reviewed gazetteer leaves nothing unresolved; drafts are written.
void draft_history(const cm::test::TempDir& dir) {
    fs::create_directories(dir.path / "data" / "history");
    fs::create_directories(dir.path / "data" / "geocode");
    fs::copy_file(fs::path(CM_SOURCE_DIR) / "geodata/geocode/not_places.txt",
                  dir.path / "data/geocode/not_places.txt");
    fs::copy_file(kWalk / "reviewed" / "gazetteer.geojson", dir.path / "data/gazetteer.geojson");
    copy_history(dir, {"polities.toml", "wars.toml"});
    const std::string data = " --data " + (dir / "data");
    const auto again =
        run_campaignmap("geocode" + data + " " + kArticle + " -o " + (dir / "places.geojson"));
    EXPECT_TRUE(has(again.output, "nothing unresolved")) << again.output;
    const auto r = run_campaignmap("draft" + data + " " + kArticle + " -o " + (dir / "drafts"));
    ASSERT_EQ(r.status, 0) << r.output;
    const std::string events = read_bytes(dir.path / "drafts" / "events.toml");
    for (const char* drafted :
         {"type = \"assembly\"\nyear = 1703\nplace = \"ulytau\"",
          "type = \"migration\"\nyear = 1704\nplace = \"betpak-dala\"",
          "type = \"battle\"\nyear = 1703\nplace = \"kara-bulak\"\nsides = [\"kazakh-khanate\", "
          "\"dzungar-khanate\"]",
          "commanders = [\"Bolat Khan\"]", "certainty = \"draft\"",
          "source = \"lepsy-war-1702-1704, Course of the war, offset 652\""})
        EXPECT_TRUE(has(events, drafted)) << drafted << "\n" << events;
    EXPECT_FALSE(has(events, "before the snows"));  // no sentence text
    EXPECT_TRUE(has(read_bytes(dir.path / "drafts" / "campaigns.toml"),
                    "from = \"tarbagatai\"\nto = \"urdzhar\"\nyear = 1702"));
}

/// The README's round trip: the Karatal–Lepsy border bent east round a new vertex by hand, then
/// the file written again by GDAL's GeoJSON driver, as QGIS saves a layer.
void move_border_as_qgis_saves_it(const cm::test::TempDir& dir) {
    const std::string borders = dir / "data/history/borders.geojson";
    const std::string by_hand = dir / "by-hand.geojson", moved = dir / "moved.geojson";
    const auto r = cm::test::run_shell(
        "sed \"s/\\[\\[78.5, 44.0\\], \\[78.5, 47.5\\]\\]/[[78.5, 44.0], [79.3, 45.4], "
        "[78.5, 47.5]]/\" " +
        borders + " > " + by_hand + " && ogr2ogr -f GeoJSON " + moved + " " + by_hand + " 2>&1");
    ASSERT_EQ(r.status, 0) << r.output;
    ASSERT_NE(read_bytes(moved).find("79.3"), std::string::npos) << "the vertex was not added";
    fs::rename(moved, borders);
}

/// The polity whose exported territory of @p year holds @p p, or "".
std::string holder_at(const cm::test::TempDir& dir, int year, const cm::LonLat& p) {
    const std::string out = dir / ("territories-" + std::to_string(year) + ".geojson");
    const auto r = run_campaignmap("export --data " + (dir / "data") + " --year " +
                                   std::to_string(year) + " -o " + out);
    EXPECT_EQ(r.status, 0) << r.output;
    CPLJSONDocument doc;
    if (!doc.Load(out))
        return "unreadable export";
    for (const auto& f : doc.GetRoot().GetArray("features")) {
        if (f.GetString("geometry/type") != "MultiPolygon" &&
            f.GetString("geometry/type") != "Polygon")
            continue;
        const std::string text = f.GetObj("geometry").Format(CPLJSONObject::PrettyFormat::Plain);
        const cm::ogr::GeometryPtr g(
            OGRGeometry::FromHandle(OGR_G_CreateGeometryFromJson(text.c_str())));
        OGRPoint point(p.lon, p.lat);
        if (g && g->Contains(&point))
            return f.GetString("properties/polity");
    }
    return {};
}

}  // namespace

TEST(Walkthrough, AddsTheInventedLepsyWarStepByStep) {
    const cm::test::TempDir dir("cm-walkthrough");
    geocode_with_suggestions(dir);
    draft_history(dir);
    const std::string data = " --data " + (dir / "data");
    // Drafts in the dataset are refused until their certainty is set.
    copy_history(dir, {"regions.geojson", "borders.geojson", "control.toml"});
    fs::copy_file(dir.path / "drafts/events.toml", dir.path / "data/history/events.toml");
    fs::copy_file(dir.path / "drafts/campaigns.toml", dir.path / "data/history/campaigns.toml");
    const auto refused = run_campaignmap("check" + data);
    EXPECT_EQ(refused.status, 1);
    EXPECT_TRUE(has(refused.output,
                    "event 'assembly-ulytau-1703': certainty: certainty is "
                    "\"draft\": review the record"))
        << refused.output;
    // The reviewed history checks clean; the war renders and animates.
    copy_history(dir, {"events.toml", "campaigns.toml"});
    const auto ok = run_campaignmap("check" + data);
    EXPECT_EQ(ok.status, 0) << ok.output;
    EXPECT_TRUE(has(ok.output, "ok: 13 places, 2 polities, 7 events, 2 campaigns, 2 regions"));
    move_border_as_qgis_saves_it(dir);
    const auto moved = run_campaignmap("check" + data);
    EXPECT_EQ(moved.status, 0) << moved.output;
    EXPECT_EQ(holder_at(dir, 1703, {79.0, 45.4}), "kazakh-khanate");  // Karatal's since the move
    EXPECT_EQ(holder_at(dir, 1703, {79.6, 45.4}), "dzungar-khanate");
    const auto map = run_campaignmap("render" + data + " --war 1702-1704 --page 960x540 -o " +
                                     (dir / "war.png"));
    EXPECT_EQ(map.status, 0) << map.output;
    EXPECT_GT(fs::file_size(dir.path / "war.png"), 10000u);
    // 480x270 pixels laid out as the slide they stand for (24 dpi): the slides style's type
    // is sized for a 1920x1080 slide and leaves no room for a map on a 5-inch page.
    const auto frames = run_campaignmap(
        "animate" + data + " --war 1702-1704 --page 480x270 --dpi 24 -o " + (dir / "frames/"));
    EXPECT_EQ(frames.status, 0) << frames.output;
    for (const char* frame : {"frame_00001.png", "frame_00002.png", "frame_00003.png"})
        EXPECT_TRUE(fs::is_regular_file(dir.path / "frames" / frame)) << frame;
}
