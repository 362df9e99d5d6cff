// Integration: every place the two seed articles name resolves, against the project's own
// gazetteer and not-places list. The lists below were made by reading each article.
// Skips when the seed articles (CM_SHARED_DIR/seeds) are absent.

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/io/gazetteer_loader.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kSeeds = fs::path(CM_SHARED_DIR) / "seeds";
const fs::path kData = fs::path(CM_SOURCE_DIR) / "geodata";

cm::geocode::PlaceIndex project_index() {
    return cm::geocode::PlaceIndex(
        cm::load_gazetteer((kData / "gazetteer.geojson").string()),
        cm::geocode::load_not_places((kData / "geocode" / "not_places.txt").string()));
}

std::set<std::string> resolved_in(const std::string& article) {
    const fs::path path = kSeeds / (article + ".txt");
    const auto g = cm::geocode::geocode_files({path.string()}, project_index());
    std::set<std::string> ids;
    for (const auto& p : g.places)
        ids.insert(p.place.id);
    return ids;
}

void expect_resolved(const std::string& article, const std::vector<std::string>& named,
                     const std::vector<std::string>& not_named) {
    if (!fs::exists(kSeeds / (article + ".txt")))
        GTEST_SKIP() << "no seed article " << article;
    const std::set<std::string> ids = resolved_in(article);
    for (const std::string& id : named)
        EXPECT_TRUE(ids.count(id)) << article << ": " << id;
    for (const std::string& id : not_named)
        EXPECT_FALSE(ids.count(id)) << article << ": " << id;
}

}  // namespace

TEST(GeocoderSeeds, EveryPlaceOfTheFirstWarResolves) {
    expect_resolved("kazakh-dzungar-war-1635-1658",
                    {"ili",
                     "jetisu",
                     "orbulaq",
                     "dzungarian-alatau",
                     "syr-darya",
                     "chu",
                     "talas",
                     "kazakhstan",
                     "ayagoz",
                     "kyrgyzstan",
                     "badakhshan",
                     "uzbekistan",
                     "emil",
                     "tarbagatai",
                     "bulanty",
                     "buliety",
                     "ulytau",
                     "dzungaria",
                     "bloody-hills",
                     "issyk-kul",
                     "turkistan",
                     "tashkent",
                     "samarkand",
                     "volga",
                     "sayram",
                     "yenisei",
                     "yarkent",
                     "bukhara",
                     "eastern-kazakhstan"},
                    // Khalkha Mongols, Galdan and the Altan Khanate are no places here;
                    // "Talas" names the river, not the town Taraz once called so.
                    {"khalkha", "taraz", "lake-sayram"});
}

TEST(GeocoderSeeds, EveryPlaceOfTheSecondWarResolves) {
    expect_resolved("kazakh-dzungar-war-1681-1684",
                    {"jetisu",     "syr-darya",   "kazakhstan", "southern-siberia",
                     "yenisei",    "lhasa",       "tibet",      "irtysh",
                     "taqli-pass", "lake-sayram", "altishahr",  "southern-kazakhstan",
                     "sayram",     "tashkent",    "turkistan",  "fergana-valley",
                     "andijan",    "bukhara",     "samarkand",  "dolon-nor",
                     "jao-modo",   "altai",       "khovd"},
                    // The Baraba Tatars and the Khalkha Mongols are peoples, the Kyrgyz
                    // people not Kyrgyzstan.
                    {"baraba", "khalkha", "kyrgyzstan"});
}

TEST(GeocoderSeeds, LakeSayramIsTheLakeAndTheCityOfSayramTheTown) {
    const std::string article = "kazakh-dzungar-war-1681-1684";
    if (!fs::exists(kSeeds / (article + ".txt")))
        GTEST_SKIP() << "no seed article " << article;
    const auto g =
        cm::geocode::geocode_files({(kSeeds / (article + ".txt")).string()}, project_index());
    std::size_t lake = 0, town = 0;
    for (const auto& p : g.places) {
        if (p.place.id == "lake-sayram")
            lake = p.sightings.size();
        if (p.place.id == "sayram")
            town = p.sightings.size();
    }
    EXPECT_EQ(lake, 1u);  // Background: once, beside the Taqli pass
    EXPECT_EQ(town, 5u);  // Course of the War: arrival, two sieges, capture, revolt
}

TEST(GeocoderSeeds, NoPlaceLikeNameOfEitherArticleIsLeftUnresolved) {
    std::vector<std::string> paths;
    for (const char* a : {"kazakh-dzungar-war-1635-1658", "kazakh-dzungar-war-1681-1684"})
        paths.push_back((kSeeds / (std::string(a) + ".txt")).string());
    for (const auto& p : paths)
        if (!fs::exists(p))
            GTEST_SKIP() << "no seed article " << p;
    const auto g = cm::geocode::geocode_files(paths, project_index());
    for (const auto& c : g.unresolved)
        ADD_FAILURE() << c.where.article << ", " << c.where.section << ": " << c.text << " ("
                      << c.pattern << ")";
    EXPECT_EQ(g.articles.size(), 2u);
}
