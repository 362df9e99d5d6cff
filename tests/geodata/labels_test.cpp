// Names by language: labels.toml is read strictly, and an atlas in another language takes
// each record's label, or an event's name by a catalogue pattern, or falls back to English
// and says so.

#include <gtest/gtest.h>

#include "geodata/check/check_atlas.hpp"
#include "geodata/io/labels_loader.hpp"
#include "geodata/model/error.hpp"
#include "geodata/model/localized_atlas.hpp"
#include "tests/temp_dir.hpp"

namespace {

using cm::test::TempDir;

const char* const kGood = R"toml(
[[label]]
kind = "place"
id = "orbulaq"
labels = { ru = "Орбулак", kk = "Орбұлақ" }
source = "Kazakh Wikipedia"

[[label]]
kind = "region"
id = "orbulaq"
labels = { ru = "Орбулак (область)" }
source = "ours"
)toml";

std::string load_error(const std::string& text) {
    const TempDir dir;
    dir.write("labels.toml", text);
    try {
        cm::load_labels(dir / "labels.toml");
    } catch (const cm::DataError& e) {
        return e.what();
    }
    return "";
}

cm::Atlas orbulaq_atlas() {
    cm::Atlas atlas;
    cm::Place orbulaq;
    orbulaq.id = "orbulaq";
    orbulaq.name = "Orbulaq";
    orbulaq.type = cm::PlaceType::battlefield;
    cm::Place sayram = orbulaq;
    sayram.id = "sayram";
    sayram.name = "Sayram";
    atlas.places = {orbulaq, sayram};
    cm::Event battle;
    battle.id = "orbulaq-1643";
    battle.name = "Battle of Orbulaq";
    battle.place_id = "orbulaq";
    atlas.events.push_back(battle);
    cm::Event siege = battle;
    siege.id = "sayram-1681";
    siege.name = "First siege of Sayram";
    siege.place_id = "sayram";
    atlas.events.push_back(siege);
    atlas.labels.push_back({cm::NamedKind::place, "orbulaq", {{"kk", "Орбұлақ"}}, "s", ""});
    atlas.labels.push_back({cm::NamedKind::place, "sayram", {{"kk", "Сайрам"}}, "s", ""});
    return atlas;
}

}  // namespace

TEST(LabelsLoader, ReadsNamesByLanguageOfEachKind) {
    const TempDir dir;
    dir.write("labels.toml", kGood);
    const auto labels = cm::load_labels(dir / "labels.toml");
    ASSERT_EQ(labels.size(), 2u);
    EXPECT_EQ(*cm::label_of(labels, cm::NamedKind::place, "orbulaq", "kk"), "Орбұлақ");
    EXPECT_EQ(*cm::label_of(labels, cm::NamedKind::region, "orbulaq", "ru"), "Орбулак (область)");
    EXPECT_EQ(cm::label_of(labels, cm::NamedKind::region, "orbulaq", "kk"), nullptr);
    EXPECT_EQ(labels[0].source, "Kazakh Wikipedia");
}

TEST(LabelsLoader, MissingFileIsNoLabels) {
    const TempDir dir;
    EXPECT_TRUE(cm::load_labels(dir / "labels.toml").empty());
}

TEST(LabelsLoader, RefusesBadRecordsNamingThem) {
    const std::string base = "[[label]]\nid = \"x\"\nsource = \"s\"\n";
    EXPECT_NE(load_error(base + "kind = \"river\"\nlabels = { ru = \"Х\" }\n")
                  .find("unknown kind 'river'"),
              std::string::npos);
    EXPECT_NE(load_error(base + "kind = \"place\"\nlabels = { RU = \"Х\" }\n")
                  .find("label 'place:x': 'labels.RU': not a language tag"),
              std::string::npos);
    EXPECT_NE(load_error(base + "kind = \"place\"\nlabels = { ru = \"\" }\n").find("non-empty"),
              std::string::npos);
    EXPECT_NE(load_error(base + "kind = \"place\"\nlabels = { ru = \"Х\" }\nsorce = \"s\"\n")
                  .find("sorce"),
              std::string::npos);
    EXPECT_NE(load_error("[[label]]\nkind = \"place\"\nid = \"x\"\nlabels = { ru = \"Х\" }\n")
                  .find("'source'"),
              std::string::npos);
    const std::string twice = base + "kind = \"place\"\nlabels = { ru = \"Х\" }\n";
    EXPECT_NE(load_error(twice + twice).find("label 'place:x': given twice"), std::string::npos);
}

TEST(LocalizedAtlas, TakesLabelsAndListsFallbacks) {
    const cm::Atlas atlas = orbulaq_atlas();
    cm::Catalogue kk;
    kk.language = "kk";
    std::vector<std::string> missing;
    const cm::Atlas local = cm::localized_atlas(atlas, kk, &missing);
    EXPECT_EQ(local.places[0].name, "Орбұлақ");
    EXPECT_EQ(local.places[1].name, "Сайрам");
    // No pattern in the catalogue: both events stay English and are listed.
    EXPECT_EQ(local.events[0].name, "Battle of Orbulaq");
    ASSERT_EQ(missing.size(), 2u);
    EXPECT_EQ(missing[0], "event 'orbulaq-1643' (Battle of Orbulaq)");
}

TEST(LocalizedAtlas, NamesAnEventByTheCataloguePatternOnlyWhereItFits) {
    const cm::Atlas atlas = orbulaq_atlas();
    cm::Catalogue kk;
    kk.language = "kk";
    kk.messages["Battle of %s"] = "%s шайқасы";
    kk.messages["Siege of %s"] = "%s қоршауы";
    std::vector<std::string> missing;
    const cm::Atlas local = cm::localized_atlas(atlas, kk, &missing);
    EXPECT_EQ(local.events[0].name, "Орбұлақ шайқасы");
    // "First siege of Sayram" is not "Siege of Sayram": no pattern names it.
    EXPECT_EQ(local.events[1].name, "First siege of Sayram");
    ASSERT_EQ(missing.size(), 1u);
}

TEST(LocalizedAtlas, EnglishIsTheAtlasAsItIs) {
    const cm::Atlas atlas = orbulaq_atlas();
    std::vector<std::string> missing;
    const cm::Atlas local = cm::localized_atlas(atlas, cm::Catalogue{}, &missing);
    EXPECT_EQ(local.places[0].name, "Orbulaq");
    EXPECT_TRUE(missing.empty());
    const cm::LocalName name =
        cm::name_in(atlas, cm::Catalogue{}, cm::NamedKind::place, "orbulaq", "Orbulaq");
    EXPECT_EQ(name.text, "Orbulaq");
    EXPECT_FALSE(name.fallback);
}

TEST(LabelsCheck, LabelOfARecordThatDoesNotExistIsAnError) {
    cm::Atlas atlas = orbulaq_atlas();
    const cm::AtlasFiles files{"data/gazetteer.geojson", "data/history"};
    EXPECT_TRUE(cm::check_labels(atlas, files).empty());
    atlas.labels.push_back({cm::NamedKind::event, "orbulaq", {{"ru", "Орбулак"}}, "s", ""});
    const cm::ProblemList problems = cm::check_labels(atlas, files);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(cm::to_string(problems[0]),
              "data/labels.toml: label 'event:orbulaq': id: no event has this id");
}
