// Type that reads where it is shown. The slides style is sized for its slide page (1920 x 1080)
// projected as a 13.33-inch slide: no label under 12 pt there (24 px), titles at least 28 pt
// (56 px), checked in the style and in what a slides map of each war draws. A slide of another
// pixel size is that slide scaled to its height, so it reads the same projected. The GIF's own
// page (960 x 540) is drawn at a density where no label is under 12 px.

#include <functional>
#include <string>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "render/animate/gif_page.hpp"
#include "render/compose/compose_page.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/styled_page.hpp"
#include "render/writers/measure.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

constexpr double kProjectedSlideInches = 40.0 / 3.0;  // a 16:9 slide of 13.33 in

/// Size in pt on the projected slide of @p size_pt on the slide page.
double projected_pt(double size_pt) {
    const PageSize slide = parse_page("slide");
    return size_pt * kProjectedSlideInches * 72.0 / slide.width_pt;
}

TEST(SlidesType, TheStyleSetsNoLabelUnder12PtAndTitlesOf28PtProjected) {
    const Style style = test::fixture_style("slides");
    const FontStyle& f = style.fonts;
    const std::pair<const char*, const LabelFont*> labels[] = {
        {"polity", &f.polity}, {"region", &f.region},      {"settlement", &f.settlement},
        {"river", &f.river},   {"lake", &f.lake},          {"event", &f.event},
        {"legend", &f.legend}, {"graticule", &f.graticule}};
    for (const auto& [name, font] : labels)
        EXPECT_GE(projected_pt(font->size_pt), 12.0 - 1e-9) << name;
    EXPECT_GE(projected_pt(f.title.size_pt), 28.0 - 1e-9);
    EXPECT_GE(projected_pt(f.subtitle.size_pt), 28.0 - 1e-9);
}

/// Calls @p visit with each text run's font size in pt and its layer, however nested.
void each_run(const Group& group, const std::string& layer,
              const std::function<void(double, const std::string&, const std::string&)>& visit) {
    for (const Item& item : group.items) {
        if (const auto* run = std::get_if<TextRun>(&item))
            visit(run->font.size_pt, layer, run->text);
        if (const auto* set = std::get_if<LabelSet>(&item))
            for (const PlacedLabel& label : set->labels)
                visit(label.font.size_pt, layer, label.id);
        if (const auto* sub = std::get_if<std::unique_ptr<Group>>(&item))
            each_run(**sub, (*sub)->id.empty() ? layer : (*sub)->id, visit);
    }
}

/// Composes @p atlas's map of @p war on @p page in @p style (no relief, no basemap) and checks
/// every text drawn outside the credits is at least @p min_px pixels, the title @p title_px.
void expect_type_at_least(const Atlas& atlas, const War& war, const Style& style,
                          const PageSize& page, double min_px, double title_px) {
    MapSpec spec;
    spec.years = war.years;
    spec.war_id = war.id;
    spec.page = page;
    spec.extent = war.extent;
    spec.relief = false;
    const MapPlan plan = plan_map(atlas, spec, style);
    const PageMap map = compose_map(plan, spec, style, Basemap{}, nullptr, nullptr);
    ASSERT_GT(map.labels.size(), 5u) << war.id;
    for (const PlacedLabel& label : map.labels)
        EXPECT_GE(label.font.size_pt * page.px_per_pt, min_px - 1e-9) << war.id << ": " << label.id;
    const TextMeasure measure = TextMeasure::raster(page.px_per_pt);
    const DisplayList list = compose_page(map, style, false, measure.get());
    int runs = 0;
    each_run(list.root, "", [&](double size_pt, const std::string& layer, const std::string& text) {
        if (layer == "credits")
            return;
        ++runs;
        const double least = layer == "title" ? title_px : min_px;
        EXPECT_GE(size_pt * page.px_per_pt, least - 1e-9)
            << war.id << ", " << layer << ": " << text;
    });
    EXPECT_GT(runs, 10) << war.id;
}

TEST(SlidesType, ASlidesMapOfEachWarDrawsNoTextUnder24PxAndTitlesOf56Px) {
    const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    const Style style = test::fixture_style("slides");
    for (const War& war : atlas.wars)
        expect_type_at_least(atlas, war, style, parse_page("slide"), 24.0, 56.0);
}

TEST(SlidesType, ASlideOfAnotherPixelSizeIsTheSlideScaledToItsHeight) {
    const Style slides = test::fixture_style("slides");
    const PageSize slide = parse_page("slide");
    const PageSize small = styled_page("800x600", 0, slides);
    EXPECT_EQ(small.width_px(), 800);
    EXPECT_EQ(small.height_px(), 600);
    EXPECT_NEAR(small.height_pt, slide.height_pt, 1e-9);
    EXPECT_NEAR(styled_page("slide", 0, slides).px_per_pt, slide.px_per_pt, 1e-12);
    EXPECT_NEAR(styled_page("3840x2160", 0, slides).px_per_pt, 2.0 * slide.px_per_pt, 1e-12);
    // --dpi, paper pages and styles without a slide height are as parse_page() makes them.
    EXPECT_NEAR(styled_page("800x600", 150, slides).px_per_pt, 150.0 / 72.0, 1e-12);
    EXPECT_NEAR(styled_page("a4", 0, slides).px_per_pt, parse_page("a4").px_per_pt, 1e-12);
    EXPECT_NEAR(styled_page("800x600", 0, test::fixture_style("publication")).px_per_pt,
                96.0 / 72.0, 1e-12);
    // A slide too small to scale the whole way keeps its smallest label at 12 px.
    const PageSize tiny = styled_page("200x150", 0, slides);
    EXPECT_EQ(tiny.height_px(), 150);
    EXPECT_NEAR(smallest_label_pt(slides) * tiny.px_per_pt, kMinLabelPx, 1e-9);
}

TEST(SlidesType, An800By600SlideOfEachWarReadsAsTheSlideDoesProjected) {
    // Projected, a 4:3 slide is as high as a 16:9 one: 7.5 in. No label under 12 pt there, no
    // title under 28 pt: not the event list either, however long it is.
    const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    const Style style = test::fixture_style("slides");
    const PageSize page = styled_page("800x600", 0, style);
    const double pt_per_projected_pt = page.height_pt / (7.5 * 72.0);
    for (const War& war : atlas.wars)
        expect_type_at_least(atlas, war, style, page, 12.0 * pt_per_projected_pt * page.px_per_pt,
                             28.0 * pt_per_projected_pt * page.px_per_pt);
}

TEST(SlidesType, TheGifPageIs960By540WithNoLabelUnder12Px) {
    for (const std::string name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::fixture_style(name);
        const PageSize page = gif_page(style);
        EXPECT_EQ(page.width_px(), 960) << name;
        EXPECT_EQ(page.height_px(), 540) << name;
        EXPECT_GE(smallest_label_pt(style) * page.px_per_pt, kMinLabelPx - 1e-9) << name;
        EXPECT_LE(style.fonts.event.size_pt * page.px_per_pt, 3.0 * kMinLabelPx) << name;
    }
    const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    const Style slides = test::fixture_style("slides");
    for (const War& war : atlas.wars)
        expect_type_at_least(atlas, war, slides, gif_page(slides), kMinLabelPx, 28.0);
}

}  // namespace
}  // namespace cm
