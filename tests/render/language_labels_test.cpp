// Maps in other languages: the labels placed are the names in that language, laid out for
// that text, so that no two placed labels overlap in any language; the legend's words come
// from the installed catalogue.

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/model/localized_atlas.hpp"
#include "render/canvas/fonts.hpp"
#include "render/language/words.hpp"
#include "render/layers/legend.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"
#include "tests/render/scene_fixture.hpp"

namespace cm {
namespace {

bool is_cyrillic(const std::string& text) {
    for (unsigned char c : text)
        if (c == 0xd0 || c == 0xd1 || c == 0xd2 || c == 0xd3)  // lead bytes of U+0400..U+04FF
            return true;
    return false;
}

PageMap war_map(const Atlas& atlas, const War& war, const std::string& style_name) {
    pin_fonts();
    const Style style = load_style(resolve_style_path(style_name));
    MapSpec spec;
    spec.years = war.years;
    spec.war_id = war.id;
    spec.extent = war.extent;
    // The slide at its own density (96 dpi), the one the slides style's type is sized for.
    spec.page = style_name == "slides" ? parse_page("slide") : parse_page("a4-landscape", 150);
    spec.relief = false;
    Basemap land;
    land.land.polygons.push_back(test::square(40.0, 25.0, 120.0, 60.0));
    const MapPlan plan = plan_map(atlas, spec, style);
    return compose_map(plan, spec, style, land, nullptr, nullptr);
}

const Atlas* repository_atlas() {
    static const std::optional<Atlas> atlas = []() -> std::optional<Atlas> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!std::filesystem::exists(data + "/labels.toml"))
            return std::nullopt;
        return load_atlas(data);
    }();
    return atlas ? &*atlas : nullptr;
}

}  // namespace

TEST(LanguageLabels, PlacedLabelsAreTheLanguagesNamesAndNeverOverlap) {
    const Atlas* atlas = repository_atlas();
    ASSERT_NE(atlas, nullptr);
    for (const char* language : {"ru", "kk"}) {
        Catalogue catalogue;
        catalogue.language = language;
        if (catalogue.language == "kk")
            catalogue.messages["Battle of %s"] = "%s шайқасы";  // as po/kk.po
        const Atlas local = localized_atlas(*atlas, catalogue);
        for (const War& war : local.wars)
            for (const char* style : {"publication", "slides"}) {
                const PageMap map = war_map(local, war, style);
                const std::string where = std::string(language) + " " + war.id + " " + style;
                ASSERT_GT(map.labels.size(), 10u) << where;
                for (const PlacedLabel& label : map.labels) {
                    if (label.id.rfind("place:", 0) != 0 && label.id.rfind("event:", 0) != 0)
                        continue;
                    for (const PlacedRun& run : label.runs)
                        EXPECT_TRUE(is_cyrillic(run.text)) << where << ": " << run.text;
                }
                for (std::size_t i = 0; i < map.labels.size(); ++i)
                    for (std::size_t j = i + 1; j < map.labels.size(); ++j)
                        for (const PageBox& a : map.labels[i].boxes)
                            for (const PageBox& b : map.labels[j].boxes)
                                EXPECT_FALSE(a.intersects(b)) << where << ": " << map.labels[i].id
                                                              << " overlaps " << map.labels[j].id;
            }
    }
}

TEST(LanguageLabels, LegendWordsComeFromTheInstalledCatalogue) {
    const Atlas* atlas = repository_atlas();
    ASSERT_NE(atlas, nullptr);
    Catalogue kk;
    kk.language = "kk";
    kk.messages["Battle"] = "Шайқас";
    use_catalogue(kk);
    const PageMap map = war_map(*atlas, atlas->wars.front(), "publication");
    use_catalogue(Catalogue{});
    bool battle = false;
    for (const LegendEntry& e : legend_entries(map))
        battle = battle || e.text == "Battle";
    EXPECT_TRUE(battle);  // English again once the English catalogue is back
    use_catalogue(kk);
    std::vector<std::string> words;
    for (const LegendEntry& e : legend_entries(map))
        words.push_back(e.text);
    EXPECT_NE(std::find(words.begin(), words.end(), "Шайқас"), words.end());
    const std::vector<std::string> missing = untranslated_words();
    EXPECT_NE(std::find(missing.begin(), missing.end(), "Retreat"), missing.end());
    EXPECT_EQ(std::find(missing.begin(), missing.end(), "Battle"), missing.end());
    use_catalogue(Catalogue{});
}

}  // namespace cm
