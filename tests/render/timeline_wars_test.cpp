// The animation's timeline shades each war's span and names it: the wars of the data are on
// the bar of a run that overlaps them, cut to its years; a war's shading covers the columns of
// its years, and moves and widens with them; its name is drawn on the bar.

#include <algorithm>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "render/animate/timeline_bar.hpp"
#include "render/writers/measure.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

const PageSize kPage = parse_page("960x540", 48);

/// The bar alone: a blank map above it.
RasterImage bar_of(const Timeline& timeline, const Style& style) {
    const PageSize above = page_above_timeline(kPage, style);
    RasterImage blank{above.width_px(), above.height_px(), above.width_px() * 4, {}};
    blank.pixels.assign(static_cast<std::size_t>(blank.stride) * blank.height, 0xFF);
    return frame_with_timeline(blank, kPage, timeline, style, 1600, 1.0);
}

/// The first and last column where @p a and @p b differ in a row of the bar's upper part
/// (between the band's top and the axis), or {-1, -1}.
std::pair<int, int> differing_columns(const RasterImage& a, const RasterImage& b, int row) {
    int first = -1, last = -1;
    for (int x = 0; x < a.width; ++x) {
        const auto at = static_cast<std::size_t>(row) * a.stride + static_cast<std::size_t>(x) * 4;
        if (!std::equal(a.pixels.begin() + at, a.pixels.begin() + at + 4, b.pixels.begin() + at)) {
            first = first < 0 ? x : first;
            last = x;
        }
    }
    return {first, last};
}

TEST(TimelineWars, TheDataWarsAreOnTheBarCutToItsYears) {
    const Atlas atlas = load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    const Timeline all = timeline_of(atlas, {1635, 1697});
    ASSERT_EQ(all.wars.size(), 2u);
    EXPECT_EQ(all.wars[0].name, "Kazakh–Dzungar War (1635–1658)");
    EXPECT_EQ(all.wars[0].years, (YearRange{1635, 1658}));
    EXPECT_EQ(all.wars[1].years, (YearRange{1681, 1684}));
    const Timeline part = timeline_of(atlas, {1650, 1670});
    ASSERT_EQ(part.wars.size(), 1u);
    EXPECT_EQ(part.wars[0].years, (YearRange{1650, 1658}));
    EXPECT_TRUE(timeline_of(atlas, {1660, 1670}).wars.empty());
}

TEST(TimelineWars, AWarsSpanIsShadedOverItsYears) {
    const Style style = test::fixture_style("slides");
    const Timeline none{{1600, 1700}, {}, {}};
    // A one-letter name: the letter lies within the span, so the differing columns are the span.
    const Timeline early{{1600, 1700}, {}, {{"W", {1620, 1640}}}};
    const Timeline late{{1600, 1700}, {}, {{"W", {1660, 1700}}}};
    const RasterImage plain = bar_of(none, style);
    const RasterImage with_early = bar_of(early, style);
    const RasterImage with_late = bar_of(late, style);
    // A row a few points above the axis (the names are under the year labels): only the
    // shading is there.
    const double axis_pt = page_above_timeline(kPage, style).height_pt -
                           style.page.margin_mm * kPtPerMm / 2 + style.fonts.title.size_pt * 1.1;
    const int row = static_cast<int>((axis_pt - 6.0) * kPage.px_per_pt);
    const auto [e0, e1] = differing_columns(plain, with_early, row);
    const auto [l0, l1] = differing_columns(plain, with_late, row);
    ASSERT_GE(e0, 0) << "no shading for 1620-1640";
    ASSERT_GE(l0, 0) << "no shading for 1660-1700";
    const double per_year = (l1 - l0) / 40.0;
    EXPECT_NEAR(e1 - e0, 20.0 * per_year, 2.0);  // twenty years, half as wide as forty
    EXPECT_NEAR(l0 - e0, 40.0 * per_year, 2.0);  // 1660 is forty years after 1620
    EXPECT_GT(per_year, 2.0);
}

TEST(TimelineWars, AWarIsNamedOnTheBar) {
    const Style style = test::fixture_style("slides");
    const Timeline timeline{
        {1635, 1697}, {1643, 1652}, {{"First War", {1635, 1658}}, {"Second War", {1681, 1684}}}};
    const TextMeasure measure = TextMeasure::raster(kPage.px_per_pt);
    Canvas canvas(kPage.width_pt, kPage.height_pt, measure.get());
    const PageBox box{20.0, 300.0, kPage.width_pt - 20.0, kPage.height_pt};
    draw_timeline_bar(canvas, box, timeline, style, 1650, 1.0);
    const DisplayList list = canvas.finish();
    std::vector<std::pair<std::string, TextRun>> named;
    double labels_bottom = 0.0;  // of the year labels along the axis
    for (const Item& item : list.root.items)
        if (const auto* run = std::get_if<TextRun>(&item)) {
            if (run->text.find("War") != std::string::npos)
                named.emplace_back(run->text, *run);
            else if (run->font.size_pt == style.fonts.legend.size_pt)
                labels_bottom =
                    std::max(labels_bottom,
                             run->at.y + measure_text(canvas, run->font, run->text).height_pt);
        }
    ASSERT_GT(labels_bottom, 0.0);
    ASSERT_EQ(named.size(), 2u);
    EXPECT_EQ(named[0].first, "First War");
    EXPECT_EQ(named[1].first, "Second War");
    // Both under the year labels, left to right, the second ending inside the bar.
    for (const auto& [text, run] : named) {
        EXPECT_GE(run.at.y, labels_bottom - 1e-6) << text;
        EXPECT_LE(run.at.y + measure_text(canvas, run.font, run.text).height_pt, box.y1) << text;
        EXPECT_LE(run.at.x + run.width_pt, box.x1 + 1e-6) << text;
    }
    EXPECT_LT(named[0].second.at.x, named[1].second.at.x);
}

}  // namespace
}  // namespace cm
