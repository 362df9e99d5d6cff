// Suggestions for the names the gazetteer lacks, from the shipped Natural Earth extract:
// transliteration-tolerant keys, ranked by closeness to the article's places, and the
// draft gazetteer made of them.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <cpl_json.h>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/draft_gazetteer.hpp"
#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/spelling_key.hpp"
#include "geodata/geocode/suggestions.hpp"
#include "geodata/io/reference_loader.hpp"

using namespace cm::geocode;

namespace {

const std::string kExtract = std::string(CM_SOURCE_DIR) + "/geodata/basemap";

const std::vector<cm::ReferencePlace>& reference() {
    static const auto places = cm::load_reference_places(kExtract);
    return places;
}

/// Geocodes @p text with one known town at @p lon, @p lat, then suggests.
Geocoding suggest(const std::string& text, double lon, double lat) {
    cm::Place town;
    town.id = "known";
    town.name = "Knowntown";
    town.names = {"Knowntown"};
    town.geometry = cm::PointGeometry{{lon, lat}};
    Geocoding g = geocode({parse_article("test", "Title\n\n" + text)}, PlaceIndex({town}, {}));
    suggest_locations(g, reference());
    return g;
}

}  // namespace

TEST(GeocodeSuggestions, SpellingKeysMeetAcrossTransliterations) {
    EXPECT_EQ(spelling_key("Shymkent"), spelling_key("Chimkent"));
    EXPECT_EQ(spelling_key("Shymkent"), spelling_key("Шымкент"));
    EXPECT_EQ(spelling_key("Urdzhar"), spelling_key("Urzhar"));
    EXPECT_EQ(spelling_key("Betpak-Dala desert"), spelling_key("BETPAQDALA DESERT"));
    EXPECT_EQ(spelling_key("Qaraghandy"), spelling_key("Karagandy"));
    EXPECT_NE(spelling_key("Sayram"), spelling_key("Sairan"));
}

TEST(GeocodeSuggestions, SuggestsTheExtractsPlaceWithSourceAndDistance) {
    ASSERT_FALSE(reference().empty());
    const Geocoding g = suggest("From Knowntown they marched to Chimkent.\n", 69.0, 42.0);
    ASSERT_EQ(g.unresolved.size(), 1u);
    ASSERT_FALSE(g.unresolved[0].suggestions.empty());
    const Suggestion& s = g.unresolved[0].suggestions[0];
    EXPECT_EQ(s.place.name, "Shymkent");
    EXPECT_EQ(s.place.source, "Natural Earth populated places");
    EXPECT_NEAR(s.distance_km, cm::distance_km({69.0, 42.0}, {69.595, 42.32}), 1.0);
    EXPECT_NEAR(s.distance_km, 60.0, 10.0);
}

TEST(GeocodeSuggestions, RanksByClosenessToTheArticlesPlaces) {
    // Aksu (Xinjiang) and Aqsu (Aqmola) share a key: the nearer one comes first.
    const std::string text = "From Knowntown they marched to Aksu.\n";
    const Geocoding east = suggest(text, 80.0, 42.0);
    const Geocoding north = suggest(text, 72.0, 52.0);
    ASSERT_GE(east.unresolved.at(0).suggestions.size(), 2u);
    ASSERT_GE(north.unresolved.at(0).suggestions.size(), 2u);
    EXPECT_EQ(east.unresolved[0].suggestions[0].place.country, "China");
    EXPECT_EQ(north.unresolved[0].suggestions[0].place.country, "Kazakhstan");
}

TEST(GeocodeSuggestions, DraftGazetteerHoldsUncertainFeaturesSayingWhereTheyCameFrom) {
    const Geocoding g = suggest(
        "From Knowntown they marched to Chimkent and the Betpak-Dala "
        "desert. Nobody reached Zzyzxville.\n",
        69.0, 42.0);
    CPLJSONDocument doc;
    ASSERT_TRUE(doc.LoadMemory(draft_gazetteer_json(g)));
    const CPLJSONArray features = doc.GetRoot().GetArray("features");
    ASSERT_EQ(features.Size(), 2);  // no suggestion for the last name, no feature
    const CPLJSONObject town = features[0].GetObj("properties");
    EXPECT_EQ(town.GetString("id"), "chimkent");
    EXPECT_EQ(town.GetString("type"), "settlement");
    EXPECT_EQ(town.GetString("certainty"), "uncertain");
    EXPECT_NE(town.GetString("note").find("Natural Earth populated places 'Shymkent'"),
              std::string::npos);
    EXPECT_EQ(features[1].GetObj("properties").GetString("type"), "region");
    EXPECT_EQ(features[1].GetObj("geometry").GetString("type"), "MultiPolygon");
}

TEST(GeocodeSuggestions, EachArticleRanksByTheClosenessOfItsOwnPlaces) {
    cm::Place east, north;
    east.id = "east", east.name = "Easttown", east.names = {"Easttown"};
    east.geometry = cm::PointGeometry{{80.0, 42.0}};
    north.id = "north", north.name = "Northtown", north.names = {"Northtown"};
    north.geometry = cm::PointGeometry{{72.0, 52.0}};
    Geocoding g = geocode({parse_article("a", "Title\n\nFrom Easttown they marched to Aksu.\n"),
                           parse_article("b", "Title\n\nFrom Northtown they marched to Aksu.\n")},
                          PlaceIndex({east, north}, {}));
    suggest_locations(g, reference());
    ASSERT_EQ(g.unresolved.size(), 2u);
    EXPECT_EQ(g.unresolved[0].suggestions.at(0).place.country, "China");
    EXPECT_EQ(g.unresolved[1].suggestions.at(0).place.country, "Kazakhstan");
}
