// An animation's legend is laid out once for the whole run: for every frame of 1635-1697 the
// legend layer is drawn the same, item for item, and it keys everything any frame draws.

#include <gtest/gtest.h>

#include <string>

#include "render/animate/timeline_bar.hpp"
#include "render/layers/legend.hpp"
#include "render/layers/legend_layout.hpp"
#include "render/scene/prepared_map.hpp"
#include "tests/render/legend_display.hpp"

using namespace cm;

namespace {

/// The run of `animate --from 1635 --to 1697` on @p page in @p style, without relief.
PreparedMap run_of(const Atlas& atlas, const Style& style, const std::string& page, int dpi) {
    MapSpec spec;
    spec.years = {1635, 1697};
    spec.page = page_above_timeline(parse_page(page, dpi), style);
    spec.relief = false;
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
            // What this frame draws is keyed in the run's legend.
            frame.legend.reset();
            for (const LegendEntry& e : legend_entries(frame))
                if (e.key != LegendEntry::Key::change) {
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
