// Break the geocoder on purpose: the fixture article cut at every length (where the cut
// leaves valid UTF-8) must geocode without a crash, with every sighting inside the text.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/normalize.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/io/gazetteer_loader.hpp"

namespace fs = std::filesystem;
using namespace cm::geocode;

namespace {

const fs::path kFixtures = fs::path(CM_TEST_FIXTURES) / "geocode";

void expect_inside(const Sighting& s, std::size_t code_points, std::size_t cut) {
    EXPECT_GT(s.length, 0u) << "cut at " << cut;
    EXPECT_LE(s.offset + s.length, code_points) << "cut at " << cut;
}

}  // namespace

TEST(GeocodeCutArticle, EveryPrefixGeocodesWithSightingsInsideTheText) {
    const PlaceIndex index(cm::load_gazetteer((kFixtures / "gazetteer.geojson").string()),
                           load_not_places((kFixtures / "geocode" / "not_places.txt").string()));
    std::ifstream in(kFixtures / "articles" / "steppe-war.txt", std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    ASSERT_GT(text.size(), 100u);
    std::size_t geocoded = 0;
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        const std::string prefix = text.substr(0, cut);
        if (first_invalid_utf8(prefix))
            continue;
        const Geocoding g = geocode({parse_article("cut", prefix)}, index);
        const std::size_t code_points = count_code_points(prefix);
        for (const PlaceMentions& p : g.places)
            for (const Sighting& s : p.sightings)
                expect_inside(s, code_points, cut);
        for (const Candidate& c : g.unresolved)
            expect_inside(c.where, code_points, cut);
        ++geocoded;
    }
    EXPECT_GT(geocoded, text.size() - 20);  // only cuts inside multi-byte characters skipped
}

TEST(GeocodeCutArticle, GenericWordsAtTheEndOfTheTextAreHarmless) {
    const PlaceIndex index(cm::load_gazetteer((kFixtures / "gazetteer.geojson").string()), {});
    for (const char* text :
         {"Lake", "the city of", "Battle of the", "Ili", "River", "Karakol River", "- Place: ,,",
          "Infobox\n- Place:", "Infobox\n- Place: ,Ili,"}) {
        const Geocoding g = geocode({parse_article("edge", text)}, index);
        for (const Candidate& c : g.unresolved)
            EXPECT_FALSE(c.text.empty()) << text;
    }
}
