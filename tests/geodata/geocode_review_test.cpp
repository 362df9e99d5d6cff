// The geocoder's suggestions and draft gazetteer on hostile and awkward input: a huge word
// costs its length (no fuzzy keys above kMaxFuzzyKey letters), a reference layer with NaN or
// infinite points is read without them, draft ids are never empty and never clash, and many
// unresolved names are written in time linear in their number.

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <string>

#include <cpl_json.h>
#include <ogrsf_frmts.h>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/draft_gazetteer.hpp"
#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/suggestions.hpp"
#include "geodata/io/reference_loader.hpp"
#include "tests/temp_dir.hpp"
#include "tests/time_budget.hpp"

using namespace cm::geocode;

namespace {

using cm::test::seconds_since;
using cm::test::time_budget;

cm::ReferencePlace reference_place(const std::string& name, double lon, double lat) {
    return {name, {name}, "populated place", "test", "", {lon, lat}, cm::PointGeometry{{lon, lat}}};
}

Candidate candidate(const std::string& text, const cm::ReferencePlace& at) {
    Candidate c;
    c.text = text;
    c.pattern = "X River";
    c.where = {"article", "History", 0, text.size()};
    c.suggestions = {{at, at.name, true, 0.0}};
    return c;
}

/// The ids of the features of a draft gazetteer, in order.
std::vector<std::string> ids_of(const std::string& json) {
    CPLJSONDocument doc;
    EXPECT_TRUE(doc.LoadMemory(json));
    std::vector<std::string> out;
    for (const CPLJSONObject& f : doc.GetRoot().GetArray("features"))
        out.push_back(f.GetObj("properties").GetString("id"));
    return out;
}

/// Writes a populated-places layer with Goodtown, a NaN point and an infinite one.
void write_hostile_places(const std::string& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("FlatGeobuf");
    ASSERT_NE(driver, nullptr);
    GDALDataset* ds = driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayer* layer = ds->CreateLayer("places", nullptr, wkbPoint, nullptr);
    OGRFieldDefn name("NAME", OFTString);
    layer->CreateField(&name);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::tuple<const char*, double, double>> places{
        {"Goodtown", 69.0, 42.0}, {"Nantown", nan, 42.0}, {"Inftown", 69.5, inf}};
    for (const auto& [text, lon, lat] : places) {
        OGRFeature f(layer->GetLayerDefn());
        f.SetField("NAME", text);
        OGRPoint p(lon, lat);
        f.SetGeometry(&p);
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
    GDALClose(ds);
}

}  // namespace

TEST(GeocodeReview, FuzzyKeysStopAboveTheLongestComparedKey) {
    EXPECT_EQ(detail::fuzzy_keys("sayram").size(), 7u);  // the key and its six deletions
    EXPECT_EQ(detail::fuzzy_keys(std::string(detail::kMaxFuzzyKey, 'a')).size(),
              detail::kMaxFuzzyKey + 1);
    const std::vector<std::string> long_key =
        detail::fuzzy_keys(std::string(detail::kMaxFuzzyKey + 1, 'a'));
    ASSERT_EQ(long_key.size(), 1u);
    EXPECT_EQ(long_key[0].size(), detail::kMaxFuzzyKey + 1);
}

TEST(GeocodeReview, AMegabyteWordIsSuggestedForInLinearTime) {
    cm::Place town;
    town.id = "known";
    town.name = "Knowntown";
    town.names = {"Knowntown"};
    town.geometry = cm::PointGeometry{{69.0, 42.0}};
    std::string word = "Q";  // no doubled letters: the key keeps its length
    while (word.size() < (1u << 20))
        word += "ab";
    Geocoding g =
        geocode({parse_article("test", "Title\n\nFrom Knowntown to the " + word + " River.\n")},
                PlaceIndex({town}, {}));
    ASSERT_FALSE(g.unresolved.empty());
    const std::vector<cm::ReferencePlace> reference{reference_place("Sayram", 69.7, 42.3),
                                                    reference_place(word, 70.0, 42.0)};
    const auto start = std::chrono::steady_clock::now();
    suggest_locations(g, reference);
    EXPECT_LT(seconds_since(start), time_budget(10.0));
    ASSERT_EQ(g.unresolved.front().suggestions.size(), 1u);  // the same key, exactly
    EXPECT_TRUE(g.unresolved.front().suggestions.front().exact_key);
}

TEST(GeocodeReview, ReferencePointsThatAreNotNumbersAreSkipped) {
    const cm::test::TempDir dir("cm-review-reference");
    write_hostile_places(dir / "ne_10m_populated_places.fgb");
    const std::vector<cm::ReferencePlace> places = cm::load_reference_places(dir.path.string());
    ASSERT_EQ(places.size(), 1u);
    EXPECT_EQ(places[0].name, "Goodtown");
    for (const cm::ReferencePlace& p : places)
        EXPECT_TRUE(std::isfinite(p.at.lon) && std::isfinite(p.at.lat)) << p.name;
}

TEST(GeocodeReview, DraftIdOfANameInAnotherScriptIsItsTransliteration) {
    EXPECT_EQ(id_of("Шымкент"), "simkent");
    EXPECT_EQ(id_of("Kara Bulak"), "kara-bulak");
    const cm::ReferencePlace at = reference_place("Shymkent", 69.6, 42.3);
    Geocoding g;
    g.unresolved = {candidate("Шымкент", at), candidate("Тараз", at)};
    const std::vector<std::string> ids = ids_of(draft_gazetteer_json(g));
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[0], "simkent");
    EXPECT_EQ(ids[1], "taraz");
}

TEST(GeocodeReview, DraftIdsAreUniqueWithinTheFile) {
    const cm::ReferencePlace at = reference_place("Aksu", 69.6, 42.3);
    Geocoding g;
    // Different spelling keys, one ASCII slug: the Cyrillic word adds no ASCII letters.
    g.unresolved = {candidate("Ak", at), candidate("Ak Мечеть", at), candidate("Ak-2", at)};
    const std::vector<std::string> ids = ids_of(draft_gazetteer_json(g));
    ASSERT_EQ(ids.size(), 2u);  // "Ak-2" has the key of "Ak"
    EXPECT_EQ(ids[0], "ak");
    EXPECT_EQ(ids[1], "ak-2");
}

TEST(GeocodeReview, ManyUnresolvedNamesAreWrittenInLinearTime) {
    const cm::ReferencePlace at = reference_place("Aksu", 69.6, 42.3);
    Geocoding g;
    g.unresolved.push_back(candidate("Qurlak", at));
    for (int i = 0; i < 100000; ++i) {
        std::string name = "Ko";
        for (int n = i; n > 0; n /= 10)  // a syllable a digit: distinct spelling keys
            name += std::string(1, "bdflmnprtg"[n % 10]) + "a";
        g.unresolved.push_back(candidate(name, at));
    }
    g.unresolved.push_back(candidate("Qur-lak", at));
    g.unresolved.back().same_as = "Qurlak";
    const auto start = std::chrono::steady_clock::now();
    const std::string json = draft_gazetteer_json(g);
    EXPECT_LT(seconds_since(start), time_budget(5.0));
    EXPECT_EQ(ids_of(json).size(), 100001u);
    EXPECT_NE(json.find("\"names\": [\"Qurlak\", \"Qur-lak\""), std::string::npos);
}
