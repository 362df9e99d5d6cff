// The geocoder on a whole fixture article: sections and offsets of each sighting, the
// unresolved candidates, the JSON report and the places dataset in each format.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <cpl_json.h>

#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/geocode/places_writer.hpp"
#include "geodata/geocode/report.hpp"
#include "geodata/io/gazetteer_loader.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/model/error.hpp"
#include "tests/temp_dir.hpp"

using cm::test::TempDir;

namespace fs = std::filesystem;
using namespace cm::geocode;

namespace {

const fs::path kFixtures = fs::path(CM_TEST_FIXTURES) / "geocode";

Geocoding geocode_fixture_article() {
    const PlaceIndex index(cm::load_gazetteer((kFixtures / "gazetteer.geojson").string()),
                           load_not_places((kFixtures / "geocode" / "not_places.txt").string()));
    return geocode_files({(kFixtures / "articles" / "steppe-war.txt").string()}, index);
}

const PlaceMentions* find_place(const Geocoding& g, const std::string& id) {
    for (const auto& p : g.places)
        if (p.place.id == id)
            return &p;
    return nullptr;
}

}  // namespace

TEST(GeocodeOutput, SightingsNameSectionAndCodePointOffset) {
    const Geocoding g = geocode_fixture_article();
    const PlaceMentions* sayram = find_place(g, "sayram");
    ASSERT_NE(sayram, nullptr);
    ASSERT_EQ(sayram->sightings.size(), 2u);
    EXPECT_EQ(sayram->sightings[0].section, "Introduction");
    EXPECT_EQ(sayram->sightings[1].section, "Aftermath");
    EXPECT_EQ(sayram->sightings[1].length, std::string("city of Sayram").size());
    const PlaceMentions* lake = find_place(g, "lake-sayram");
    ASSERT_NE(lake, nullptr);
    EXPECT_EQ(lake->sightings.at(0).section, "Infobox");
    const PlaceMentions* ayagoz = find_place(g, "ayagoz");
    ASSERT_NE(ayagoz, nullptr);
    ASSERT_EQ(ayagoz->sightings.size(), 2u);
    // Line 5 starts after lines of 26, 0, 7 and 34 code points, each with its newline (the
    // title's en dash counts once, not as its three bytes); "- Place: " is 9 more.
    EXPECT_EQ(ayagoz->sightings[0].offset, 26u + 1 + 0 + 1 + 7 + 1 + 34 + 1 + 9);
    EXPECT_EQ(ayagoz->sightings[0].length, 12u);  // "Ayagöz river"
    EXPECT_EQ(find_place(g, "galdan"), nullptr);  // a man, not the fixture town
    EXPECT_NE(find_place(g, "tarbagatai"), nullptr);
    EXPECT_NE(find_place(g, "kazakhstan"), nullptr);
}

TEST(GeocodeOutput, ReportsUnresolvedNamesWithWhereTheyWereSeen) {
    const Geocoding g = geocode_fixture_article();
    ASSERT_EQ(g.unresolved.size(), 2u);
    EXPECT_EQ(g.unresolved[0].text, "Karakol gorge");
    EXPECT_EQ(g.unresolved[0].pattern, "Infobox Place");
    EXPECT_EQ(g.unresolved[0].where.section, "Infobox");
    EXPECT_EQ(g.unresolved[1].text, "Karakol River");
    EXPECT_EQ(g.unresolved[1].pattern, "X River");
    EXPECT_EQ(g.unresolved[1].where.section, "Course of the war");
    EXPECT_EQ(g.unresolved[1].where.article, "steppe-war");
}

TEST(GeocodeOutput, JsonReportHoldsArticlesResolvedAndUnresolved) {
    const Geocoding g = geocode_fixture_article();
    CPLJSONDocument doc;
    ASSERT_TRUE(doc.LoadMemory(report_json(g)));
    const CPLJSONObject root = doc.GetRoot();
    EXPECT_EQ(root.GetArray("articles")[0].ToString(), "steppe-war");
    EXPECT_EQ(root.GetInteger("resolved/sayram"), 2);
    EXPECT_EQ(root.GetInteger("resolved/ayagoz"), 2);
    const CPLJSONArray unresolved = root.GetArray("unresolved");
    ASSERT_EQ(unresolved.Size(), 2);
    EXPECT_EQ(unresolved[1].GetString("text"), "Karakol River");
    EXPECT_EQ(unresolved[1].GetString("section"), "Course of the war");
    EXPECT_EQ(static_cast<std::size_t>(unresolved[1].GetLong("offset")),
              g.unresolved[1].where.offset);
}

TEST(GeocodeOutput, SummaryListsEachUnresolvedName) {
    const std::string s = report_summary(geocode_fixture_article());
    EXPECT_NE(s.find("2 unresolved"), std::string::npos) << s;
    EXPECT_NE(s.find("steppe-war, Course of the war, offset "), std::string::npos) << s;
    EXPECT_NE(s.find("\"Karakol River\" (X River)"), std::string::npos) << s;
}

TEST(GeocodeOutput, WritesEveryFormatWithIdsCountsAndGeometry) {
    const Geocoding g = geocode_fixture_article();
    const TempDir dir;
    for (const char* ext : {".geojson", ".gpkg", ".csv"}) {
        const std::string path = (dir.path / (std::string("places") + ext)).string();
        cm::write_places(g.places, path);
        cm::ogr::DatasetPtr ds = cm::ogr::open_vector(path);
        OGRLayer* layer = ds->GetLayer(0);
        ASSERT_NE(layer, nullptr) << ext;
        EXPECT_EQ(layer->GetFeatureCount(), static_cast<GIntBig>(g.places.size())) << ext;
        bool saw_ayagoz = false;
        for (auto& f : *layer) {
            if (std::string(f->GetFieldAsString("id")) != "ayagoz")
                continue;
            saw_ayagoz = true;
            EXPECT_EQ(f->GetFieldAsInteger("mention_count"), 2) << ext;
            CPLJSONDocument mentions;
            ASSERT_TRUE(mentions.LoadMemory(f->GetFieldAsString("mentions"))) << ext;
            EXPECT_EQ(mentions.GetRoot().ToArray()[0].GetString("section"), "Infobox") << ext;
            if (std::string(ext) != ".csv") {
                EXPECT_EQ(wkbFlatten(f->GetGeometryRef()->getGeometryType()), wkbLineString) << ext;
            }
        }
        EXPECT_TRUE(saw_ayagoz) << ext;
    }
}

TEST(GeocodeOutput, UnknownExtensionOrMissingDirectoryIsOutputErrorAndNoFile) {
    const Geocoding g = geocode_fixture_article();
    const TempDir dir;
    EXPECT_THROW(cm::write_places(g.places, (dir.path / "places.shp").string()), cm::OutputError);
    EXPECT_THROW(cm::write_places(g.places, (dir.path / "places").string()), cm::OutputError);
    EXPECT_THROW(cm::write_places(g.places, (dir.path / "no" / "places.geojson").string()),
                 cm::OutputError);
    EXPECT_TRUE(fs::is_empty(dir.path));
}
