// The geocoder never loses a place-like name: lists after place verbs, "the X area",
// names after place prepositions, every part of an infobox Place entry, hyphen, space and
// vowel variants; people, peoples and titles stay out by rule. Texts written for the tests.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "geodata/geocode/article.hpp"
#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/report.hpp"

using namespace cm::geocode;

namespace {

cm::Place place(const std::string& id, const std::string& name, cm::PlaceType type,
                std::vector<std::string> names = {}) {
    cm::Place p;
    p.id = id;
    p.name = name;
    p.names = names.empty() ? std::vector<std::string>{name} : names;
    p.type = type;
    p.source = "test";
    p.geometry = cm::PointGeometry{{75.0, 45.0}};
    return p;
}

PlaceIndex test_index() {
    using T = cm::PlaceType;
    return PlaceIndex(
        {place("sayram", "Sayram", T::settlement),
         place("karatal", "Karatal", T::river, {"Karatal", "Karatal River"}),
         place("karatau", "Karatau", T::mountains), place("kara-su", "Kara Su", T::settlement)},
        {"Galdan"});
}

Geocoding run(const std::string& text) {
    return geocode({parse_article("test", "Title\n\n" + text)}, test_index());
}

/// "text (pattern)" of every unresolved name, in text order.
std::vector<std::string> unresolved(const Geocoding& g) {
    std::vector<std::string> out;
    for (const Candidate& c : g.unresolved)
        out.push_back(c.text + " (" + c.pattern + ")");
    return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST(GeocodePatterns, ReportsEveryNameOfAListAfterAPlaceVerb) {
    const Geocoding g = run("In 1702 the army captured Urdzhar, Sayram, Ushtobe and Kapal.\n");
    EXPECT_EQ(unresolved(g),
              (Names{"Urdzhar (list after 'captured')", "Ushtobe (list after 'captured')",
                     "Kapal (list after 'captured')"}));
    ASSERT_EQ(g.places.size(), 1u);
    EXPECT_EQ(g.places[0].place.id, "sayram");
}

TEST(GeocodePatterns, ReportsListsAfterTwoWordVerbs) {
    const Geocoding g = run("The herders fled to Otar and the Kopa desert.\n");
    EXPECT_EQ(unresolved(g), (Names{"Otar (list after 'fled to')", "Kopa desert (the X desert)"}));
}

TEST(GeocodePatterns, ReportsTheXAreaRegionDesertAndValley) {
    const Geocoding g =
        run("They wintered in the Moyunkum area. Then the Betpak-Dala desert, "
            "the Aksu region and the Koksu valley were raided by nobody.\n");
    EXPECT_EQ(unresolved(g),
              (Names{"Moyunkum area (the X area)", "Betpak-Dala desert (the X desert)",
                     "Aksu region (the X region)", "Koksu valley (X Valley)"}));
}

TEST(GeocodePatterns, ReportsNamesAfterPlacePrepositions) {
    const Geocoding g =
        run("The khan camped near Kapal. Riders came from Lepsinsk and rode by Koksu to "
            "Sayram; the envoys met at Usharal.\n");
    EXPECT_EQ(unresolved(g), (Names{"Kapal (after 'near')", "Lepsinsk (after 'from')",
                                    "Koksu (after 'by')", "Usharal (after 'at')"}));
}

TEST(GeocodePatterns, ReportsEveryPartOfAnInfoboxPlaceEntry) {
    const Article a = parse_article(
        "test", "Title\n\nInfobox\n- Place: near Kapal by the Karatal River, Sayram\n\nText.\n");
    const Geocoding g = geocode({a}, test_index());
    EXPECT_EQ(unresolved(g), (Names{"Kapal (Infobox Place)"}));
    EXPECT_EQ(g.places.size(), 2u);  // the Karatal and Sayram resolve
}

TEST(GeocodePatterns, KeepsPeoplePeoplesAndTitlesOutByRule) {
    // None of these names is in any list: the titles and people words keep them out.
    const Geocoding g =
        run("In 1703 the army marched to Bolat Khan. They fled to Dorji Batur "
            "and the Middle Juz. Envoys came from Khan Abylai, from the Great "
            "Horde and from Dzungar lands; the Kazakh–Oirat Wars went on.\n");
    EXPECT_EQ(unresolved(g), Names{});
}

TEST(GeocodePatterns, OneSpellingWithHyphenOrSpaceIsOnePlace) {
    const Geocoding g = run("They captured Kara-Bulak. The wells near Kara Bulak were dry.\n");
    ASSERT_EQ(g.unresolved.size(), 2u);
    EXPECT_EQ(g.unresolved[0].same_as, "");
    EXPECT_EQ(g.unresolved[1].same_as, "Kara-Bulak");
    EXPECT_NE(report_summary(g).find("the same place as \"Kara-Bulak\""), std::string::npos);
}

TEST(GeocodePatterns, ResolvesHyphenAndSpaceVariantsOfKnownNamesWithANote) {
    const Geocoding g = run("They crossed the Kara-Tau and reached Karasu.\n");
    ASSERT_EQ(g.places.size(), 2u);
    EXPECT_EQ(g.places[0].place.id, "karatau");
    EXPECT_EQ(g.places[1].place.id, "kara-su");
    ASSERT_EQ(g.variants.size(), 2u);
    EXPECT_EQ(g.variants[0].text, "Kara-Tau");
    EXPECT_EQ(g.variants[0].why, "hyphen or space variant");
    EXPECT_TRUE(g.unresolved.empty());
}

TEST(GeocodePatterns, ResolvesAOneVowelVariantOfAKnownRiverWithANote) {
    const Geocoding g = run("The armies met on the Karatol river.\n");
    ASSERT_EQ(g.places.size(), 1u);
    EXPECT_EQ(g.places[0].place.id, "karatal");
    ASSERT_EQ(g.variants.size(), 1u);
    EXPECT_EQ(g.variants[0].why, "one-vowel variant");
    EXPECT_NE(report_json(g).find("\"why\": \"one-vowel variant\""), std::string::npos);
    // Not a river word after it: a one-vowel variant is not resolved, and is reported.
    const Geocoding town = run("The armies captured Sayrom.\n");
    EXPECT_TRUE(town.places.empty());
    EXPECT_EQ(unresolved(town), (Names{"Sayrom (list after 'captured')"}));
}
