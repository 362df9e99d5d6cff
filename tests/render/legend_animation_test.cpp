// An animation's legend is laid out once for the whole run: for every frame of 1635-1697 the
// legend layer is drawn the same, item for item, and it keys everything any frame draws.

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "render/animate/timeline_bar.hpp"
#include "render/layers/legend.hpp"
#include "render/layers/legend_layout.hpp"
#include "render/scene/prepared_map.hpp"
#include "render/style/styled_page.hpp"
#include "tests/render/legend_display.hpp"

using namespace cm;

namespace {

/// The run of `animate --from 1635 --to 1697` (or of @p years) on @p page in @p style, without
/// relief.
PreparedMap run_of(const Atlas& atlas, const Style& style, const std::string& page, int dpi,
                   std::optional<Bounds> extent = std::nullopt, YearRange years = {1635, 1697}) {
    MapSpec spec;
    spec.years = years;
    spec.extent = extent;
    spec.page = page_above_timeline(styled_page(page, dpi, style), style);
    spec.relief = false;
    spec.run = true;
    Basemap land;
    land.land.polygons.push_back(test::square(30.0, 20.0, 130.0, 65.0));
    return prepare_map(atlas, plan_map(atlas, spec, style), spec, style, land, nullptr, nullptr);
}

bool keyed(const std::vector<LegendEntry>& legend, const LegendEntry& e) {
    for (const LegendEntry& l : legend)
        if (l.key == e.key && l.colour_key == e.colour_key && l.event == e.event)
            return true;
    return false;
}

void expect_one_legend(const PreparedMap& run, const std::string& where) {
    const Style& style = run.style;
    const TextMeasure measure = TextMeasure::raster(run.base.page.px_per_pt);
    const PageLegend fixed = page_legend(frame_map(run, {1635, 1.0}), style);
    ASSERT_GT(fixed.box.width(), 0.0) << where << ": no legend";
    const bool keys_polities =
        std::any_of(fixed.entries.begin(), fixed.entries.end(),
                    [](const LegendEntry& e) { return e.key == LegendEntry::Key::polity; });
    if (!keys_polities) {  // only a panel at the least type leaves out every polity
        EXPECT_GT(run.base.legend_panel.width(), 0.0) << where << ": no polity keyed";
    }
    std::string first;
    for (int year = 1635; year <= 1697; ++year)
        for (double progress : {0.3, 1.0}) {
            PageMap frame = frame_map(run, {year, progress});
            const std::string at =
                where + " " + std::to_string(year) + "@" + std::to_string(progress);
            const DisplayList list = compose_page(frame, style, false, measure.get());
            const Group* legend = test::layer_of(list, "legend");
            ASSERT_NE(legend, nullptr) << at;
            const std::string drawn = test::describe(*legend);
            ASSERT_FALSE(drawn.empty()) << at << ": no legend drawn";
            if (first.empty())
                first = drawn;
            EXPECT_EQ(drawn, first) << at << ": the legend differs from 1635's";
            // What this frame draws is keyed in the run's legend; its polities too, unless
            // the run's legend keys none (beside the map at the least type, it keys what only
            // the legend explains; the polities are named on the map).
            frame.legend.reset();
            for (const LegendEntry& e : legend_entries(frame))
                if (e.key != LegendEntry::Key::change &&
                    (e.key != LegendEntry::Key::polity || keys_polities)) {
                    EXPECT_TRUE(keyed(fixed.entries, e)) << at << ": " << e.text;
                }
        }
}

}  // namespace

TEST(LegendAnimation, OneLegendForEveryFrameOfTheRun) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const PreparedMap slides = run_of(*atlas, test::style_named("slides"), "slide", 0);
    expect_one_legend(slides, "slides, slide");
    const PreparedMap print = run_of(*atlas, test::style_named("publication"), "a4-landscape", 150);
    expect_one_legend(print, "publication, a4-landscape");
}

TEST(LegendAnimation, TheRunsLegendCoversNoEventOfAnyYear) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    for (const char* style_name : {"slides", "publication"}) {
        const Style style = test::style_named(style_name);
        const PreparedMap run = run_of(*atlas, style, "960x540", 48);
        ASSERT_TRUE(run.base.legend.has_value());
        const PageBox box = run.base.legend->box;
        ASSERT_GT(box.width(), 0.0) << style_name;
        for (const auto& [year, layers] : run.years)
            for (const PageBox& place : event_places(run.base, layers.events, style))
                EXPECT_FALSE(place.intersects(box))
                    << style_name << " " << year << ": an event under the legend";
    }
}

// A run's legend too large for a corner of the frame at the slide's least type (in the demo's
// extent), or that would lie across the map in more than two columns (in the whole run's
// extent), goes in a panel beside the frame, at full size, and the frame is fitted into what
// is left.
class LegendBesideTheFrame : public testing::TestWithParam<std::optional<Bounds>> {};

TEST_P(LegendBesideTheFrame, ARunOnASlideHasItsLegendBesideTheFrameAtFullSize) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("slides");
    const PreparedMap run = run_of(*atlas, style, "slide", 0, GetParam());
    const PageBox& panel = run.base.legend_panel;
    const PageBox& frame = run.base.frame.map_box;
    ASSERT_GT(panel.width(), 0.0) << "no panel";
    EXPECT_LT(frame.x1, panel.x0);
    EXPECT_NEAR(panel.x1, run.base.page.width_pt - style.page.margin_mm * kPtPerMm, 1e-6);
    ASSERT_TRUE(run.base.legend.has_value());
    const PageLegend& legend = *run.base.legend;
    EXPECT_EQ(legend.scale, 1.0);
    EXPECT_FALSE(legend.box.intersects(frame));
    EXPECT_GE(legend.box.x0, panel.x0);
    EXPECT_LE(legend.box.x1, panel.x1 + 0.01);
    EXPECT_LE(legend.box.y1, panel.y1 + 0.01);
    EXPECT_GE(legend.entries.size(), 15u) << "a weak test: the legend keys little";
}

INSTANTIATE_TEST_SUITE_P(LegendAnimation, LegendBesideTheFrame,
                         testing::Values(Bounds{50, 37, 100, 54, false}, std::nullopt));

// On a small slide the legend's type stays at the slide's least wherever a corner allows it:
// the swatches of the polities named on the map give way first (the run of the first war
// set them all at 80%).
TEST(LegendAnimation, TheLegendOfASmallSlideKeepsItsLeastType) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("slides");
    const PreparedMap run = run_of(*atlas, style, "800x600", 0, std::nullopt, {1635, 1658});
    ASSERT_TRUE(run.base.legend.has_value());
    ASSERT_GT(run.base.legend->box.width(), 0.0);
    EXPECT_GE(run.base.legend->scale * style.fonts.legend.size_pt,
              least_type_pt(style, run.base.page) - 1e-9);
    for (const auto& [year, layers] : run.years)
        for (const PageBox& place : event_places(run.base, layers.events, style))
            EXPECT_FALSE(place.intersects(run.base.legend->box)) << year << ": an event under it";
}

// A year map whose legend fits a corner of the frame keeps it there: no panel is planned.
TEST(LegendAnimation, AYearMapWhoseLegendFitsTheFrameHasNoPanel) {
    const Atlas* atlas = test::project_atlas();
    if (!atlas)
        GTEST_SKIP() << "no history data";
    const Style style = test::style_named("slides");
    MapSpec spec;
    spec.years = {1643, 1643};
    spec.page = parse_page("slide", 0);
    const MapPlan plan = plan_map(*atlas, spec, style);
    EXPECT_EQ(plan.legend_panel.width(), 0.0);
    spec.run = true;  // the same year as a run of one: any year's keys, still in a corner
    EXPECT_EQ(plan_map(*atlas, spec, style).legend_panel.width(), 0.0);
}

// In a panel the legend sits at the panel's top left, in the fewest columns that fit it.
TEST(LegendLayout, APanelsLegendSitsAtItsTopLeft) {
    const Style style = test::style_named("slides");
    PageMap map;
    map.page = parse_page("slide", 0);
    map.frame.map_box = {20, 60, 1000, 700};
    map.legend_panel = {1010, 60, 1420, 700};
    const std::vector<LegendEntry> entries = {
        {LegendEntry::Key::border, "Border", "", EventType::battle},
        {LegendEntry::Key::town, "Town", "", EventType::battle},
        {LegendEntry::Key::event, "Battle", "", EventType::battle}};
    const PageLegend legend = lay_out_legend(entries, map, {}, style);
    EXPECT_EQ(legend.box.x0, 1010.0);
    EXPECT_EQ(legend.box.y0, 60.0);
    EXPECT_LE(legend.box.x1, 1420.0);
    EXPECT_EQ(legend.rows, 3);
    EXPECT_EQ(legend.scale, 1.0);
}
