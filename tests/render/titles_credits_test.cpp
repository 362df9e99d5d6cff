// Titles and credits of the demo data's maps: a year map always shows its year (also the first
// and last year of a war, whose name carries them); a war's map is titled with the war's name;
// another span with the dataset's region and the years; the credits name the articles by title
// and the basemap's sources, and fit the page in every style and page preset.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "render/layers/credits.hpp"
#include "render/layers/layers.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/styled_page.hpp"
#include "render/writers/measure.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

const Atlas& demo_atlas() {
    static const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    return atlas;
}

/// The spec of a map of @p years on @p page as the renderer sizes it for @p style.
MapSpec spec_of(YearRange years, const std::string& page = "a4-landscape",
                const Style& style = Style{}) {
    MapSpec spec;
    spec.years = years;
    spec.page = styled_page(page, 0, style);
    spec.relief = false;
    return spec;
}

/// The map of @p spec as the renderer sets its title and credits: scene, frame, projection,
/// relief and the shipped basemap's credits (and GSHHS's, the longest case).
PageMap planned_map(const MapSpec& spec, const Style& style) {
    const MapPlan plan = plan_map(demo_atlas(), spec, style);
    PageMap map;
    map.page = spec.page;
    map.frame = plan.frame;
    map.scene = plan.scene;
    map.projection = plan.projection.definition();
    map.relief = std::make_shared<RasterImage>();
    map.basemap_credits = {"Made with Natural Earth (land, lakes, rivers)",
                           "Shorelines and lakes: GSHHS (Wessel & Smith)"};
    return map;
}

/// Every text run the page's title layer draws.
std::vector<TextRun> drawn_runs(const PageMap& map, const Style& style,
                                void (*draw)(Canvas&, const PageMap&, const Style&)) {
    const TextMeasure measure = TextMeasure::vector();
    Canvas canvas(map.page.width_pt, map.page.height_pt, measure.get());
    draw(canvas, map, style);
    DisplayList list = canvas.finish();
    std::vector<TextRun> runs;
    for (const Item& item : list.root.items)
        if (const auto* run = std::get_if<TextRun>(&item))
            runs.push_back(*run);
    return runs;
}

std::string title_line(const PageMap& map, const Style& style) {
    std::string line;
    for (const TextRun& run : drawn_runs(map, style, draw_title))
        line += (line.empty() ? "" : " | ") + run.text;
    return line;
}

TEST(TitlesCredits, YearMapsShowTheirYearAlsoAtAWarsEnds) {
    const Style style = test::fixture_style("publication");
    for (const int year : {1635, 1643, 1658, 1681, 1684}) {
        const PageMap map = planned_map(spec_of({year, year}), style);
        const std::string war =
            year < 1670 ? "Kazakh–Dzungar War (1635–1658)" : "Kazakh–Dzungar War (1681–1684)";
        EXPECT_EQ(title_line(map, style), war + " | " + std::to_string(year));
    }
}

TEST(TitlesCredits, AWarsMapIsTitledWithItsNameAndItsYearsOnce) {
    const Style style = test::fixture_style("publication");
    for (const War& war : demo_atlas().wars) {
        MapSpec spec = spec_of(war.years);
        spec.war_id = war.id;
        EXPECT_EQ(title_line(planned_map(spec, style), style), war.name);
        spec.war_id.clear();  // --from/--to of the war's years
        EXPECT_EQ(title_line(planned_map(spec, style), style), war.name);
    }
}

TEST(TitlesCredits, AnotherSpanIsTitledWithTheRegionAndItsYears) {
    const Style style = test::fixture_style("publication");
    EXPECT_EQ(title_line(planned_map(spec_of({1623, 1697}), style), style),
              "Central Asia, 1623–1697");
    EXPECT_EQ(title_line(planned_map(spec_of({1670, 1670}), style), style), "Central Asia in 1670");
}

TEST(TitlesCredits, AnAnimationFrameOfAWarShowsItsYearBesideTheName) {
    const Style style = test::fixture_style("slides");
    MapSpec spec = spec_of({1635, 1658}, "slide");
    spec.war_id = "1635-1658";
    PageMap frame = planned_map(spec, style);
    for (const std::string year : {"1635", "1652", "1658"}) {
        frame.scene.years_text = year;  // as frame_map() sets it
        EXPECT_EQ(title_line(frame, style), "Kazakh–Dzungar War (1635–1658) | " + year);
    }
    PageMap span = planned_map(spec_of({1635, 1697}, "slide"), style);
    span.scene.years_text = "1643";
    EXPECT_EQ(title_line(span, style), "Central Asia, 1635–1697 | 1643");
}

TEST(TitlesCredits, TheTitleFitsThePageInEveryStyleAndPagePreset) {
    for (const std::string name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::fixture_style(name);
        const double margin = style.page.margin_mm * kPtPerMm;
        for (const std::string page :
             {"slide", "a4", "a4-landscape", "a3", "letter-landscape", "800x600"}) {
            PageMap map = planned_map(spec_of({1643, 1643}, page, style), style);
            const std::vector<TextRun> runs = drawn_runs(map, style, draw_title);
            ASSERT_EQ(runs.size(), 2u) << name << " on " << page;
            EXPECT_LE(runs[1].at.x + runs[1].width_pt, map.page.width_pt - margin + 1e-6)
                << name << " on " << page;
            EXPECT_GT(runs[1].at.x, runs[0].at.x + runs[0].width_pt) << name << " on " << page;
            if (page == "slide") {  // room enough: the style's own sizes
                EXPECT_EQ(runs[0].font.size_pt, style.fonts.title.size_pt) << name;
            }
        }
    }
}

TEST(TitlesCredits, TheCreditsNameTheArticlesByTitleAndTheBasemapSources) {
    const Style style = test::fixture_style("publication");
    const std::vector<std::string> parts = credits_parts(planned_map(spec_of({1635, 1697}), style));
    std::string all;
    for (const std::string& p : parts)
        all += p + "\n";
    EXPECT_NE(all.find("History: Kazakh–Dzungar War (1635–1658), Kazakh–Dzungar War "
                       "(1681–1684)\n"),
              std::string::npos)
        << all;
    // The other works cited follow, by author, in a part of their own: none among the articles.
    const auto references = all.find("\nReferences: Bregel, Burton, ");
    EXPECT_GT(references, all.find("History: ")) << all;
    EXPECT_NE(references, std::string::npos) << all;
    EXPECT_NE(all.find("Perdue", references), std::string::npos) << all;
    EXPECT_NE(all.find("Made with Natural Earth"), std::string::npos) << all;
    EXPECT_NE(all.find("Relief: ETOPO5"), std::string::npos) << all;
    EXPECT_EQ(all.find("kazakh-dzungar-war-"), std::string::npos) << all;
}

/// The drawn credits' runs lie on the page: no wider than the map frame, at most three lines,
/// ending at least half a margin above the page's bottom edge.
void expect_credits_fit(const PageMap& map, const Style& style, const std::string& what) {
    const TextMeasure measure = TextMeasure::vector();
    Canvas canvas(map.page.width_pt, map.page.height_pt, measure.get());
    const std::vector<TextRun> runs = drawn_runs(map, style, draw_credits);
    ASSERT_FALSE(runs.empty()) << what;
    EXPECT_LE(runs.size(), kCreditsMaxLines) << what;
    std::string text;
    for (const TextRun& run : runs) {
        const TextSize size = measure_text(canvas, run.font, run.text);
        const double half_margin = 0.5 * style.page.margin_mm * kPtPerMm;
        EXPECT_GE(run.at.x, map.frame.map_box.x0 - 1e-6) << what;
        EXPECT_LE(run.at.x + size.width_pt, map.frame.map_box.x1 + 1e-6)
            << what << ": " << run.text;
        EXPECT_LE(run.at.x + size.width_pt, map.page.width_pt) << what;
        EXPECT_GE(run.at.y, map.frame.map_box.y1) << what;
        EXPECT_LE(run.at.y + size.height_pt, map.page.height_pt - half_margin + 1e-6)
            << what << ": " << run.text;
        EXPECT_GE(run.font.size_pt, style.fonts.credits.size_pt * kCreditsMinScale - 1e-9);
        text += run.text + " ";
    }
    EXPECT_NE(text.find("Projection:"), std::string::npos) << what << ": cut short: " << text;
}

TEST(TitlesCredits, TheCreditsFitEveryStyleAndPagePreset) {
    for (const std::string name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::fixture_style(name);
        for (const std::string page :
             {"slide", "a4", "a4-landscape", "a3", "letter-landscape", "800x600"}) {
            for (const YearRange years : {YearRange{1635, 1658}, YearRange{1681, 1684},
                                          YearRange{1635, 1697}, YearRange{1643, 1643}}) {
                const std::string what = name + " on " + page + ", " + std::to_string(years.first) +
                                         "-" + std::to_string(years.last);
                expect_credits_fit(planned_map(spec_of(years, page, style), style), style, what);
            }
        }
    }
}

}  // namespace
}  // namespace cm
