// Right-to-left and mixed-direction names: Arabic-script names (Arabic, Persian, Uyghur) set
// by Pango's bidi, their clusters in visual order with the right bytes, and letters along a
// curve drawn with the forms the whole word gave them.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>

#include <cairo.h>
#include <gtest/gtest.h>

#include "render/labels/layout.hpp"
#include "render/labels/placement.hpp"
#include "render/writers/cairo_labels.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

// Bukhara in Arabic script, Kashgar in Uyghur, and a name of both directions.
const std::string kBukhara = "بخارى";
const std::string kKashgar = "قەشقەر";
const std::string kMixed = "Kashgar قەشقەر";

/// The clusters' texts in logical order (by their offset), joined.
std::string logical_text(const SetText& set) {
    std::vector<LabelCluster> clusters = set.clusters;
    std::sort(clusters.begin(), clusters.end(),
              [](const LabelCluster& a, const LabelCluster& b) { return a.offset < b.offset; });
    std::string text;
    for (const LabelCluster& cluster : clusters)
        text += cluster.text;
    return text;
}

void expect_clusters_tile_the_label(const SetText& set) {
    double x = 0.0;
    for (const LabelCluster& cluster : set.clusters) {
        EXPECT_NEAR(cluster.x_pt, x, 1e-6);
        EXPECT_GT(cluster.advance_pt, 0.0);
        EXPECT_EQ(set.display.substr(cluster.offset, cluster.text.size()), cluster.text);
        x += cluster.advance_pt;
    }
    EXPECT_NEAR(x, set.advance_pt, 1e-6);
}

TEST(LabelBidi, RightToLeftClustersComeInVisualOrderWithTheirOwnBytes) {
    const Typesetter typesetter;
    const SetText set = typesetter.set(test::settlement_font(), kBukhara);
    ASSERT_EQ(set.clusters.size(), 5u);  // five letters, no marks
    expect_clusters_tile_the_label(set);
    EXPECT_EQ(logical_text(set), kBukhara);
    // The leftmost cluster is the word's last letter (alef maksura), the rightmost its first.
    EXPECT_EQ(set.clusters.front().text, "ى");
    EXPECT_EQ(set.clusters.back().text, "ب");
    EXPECT_EQ(set.clusters.back().offset, 0u);
}

TEST(LabelBidi, MixedNamesKeepLatinLeftToRightAndArabicRightToLeft) {
    const Typesetter typesetter;
    const SetText set = typesetter.set(test::settlement_font(), kMixed);
    expect_clusters_tile_the_label(set);
    EXPECT_EQ(logical_text(set), kMixed);
    EXPECT_EQ(set.clusters.front().text, "K");  // a Latin start sets the paragraph's direction
    EXPECT_EQ(set.clusters[6].text, "r");
    EXPECT_EQ(set.clusters.back().text, "ق");  // the Uyghur word's first letter, at its right
}

TEST(LabelBidi, ArabicScriptHasAPinnedFont) {
    const Typesetter typesetter;
    for (const std::string& name : {kBukhara, kKashgar, kMixed, std::string("آمودریا")}) {
        for (const LabelFont& font : {test::settlement_font(), test::river_font()}) {
            const SetText set = typesetter.set(font, name);
            EXPECT_EQ(set.missing_glyphs, 0) << name << " in " << font.family;
        }
    }
}

TEST(LabelBidi, SpacedCapitalsOfAnArabicNameAreLaidOut) {
    const Typesetter typesetter;
    const SetText set = typesetter.set(test::region_font(), "ئىلى " + kKashgar);
    EXPECT_EQ(set.missing_glyphs, 0);
    expect_clusters_tile_the_label(set);
    EXPECT_EQ(logical_text(set), set.display);
}

TEST(LabelBidi, LetterSpacingLeavesTheJoinsOfArabicLetters) {
    using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
    EXPECT_EQ(detail::spaced_ranges("JETISU"), (Ranges{{0, 6}}));
    EXPECT_EQ(detail::spaced_ranges(kKashgar), Ranges{});
    EXPECT_EQ(detail::spaced_ranges("EAST " + kKashgar + " KHANATE"),
              (Ranges{{0, 5}, {5 + kKashgar.size() + 1, 5 + kKashgar.size() + 8}}));
    const Typesetter typesetter;
    LabelFont spaced = test::region_font();
    LabelFont plain = spaced;
    plain.letter_spacing_pt = 0.0;
    EXPECT_NEAR(typesetter.set(spaced, kKashgar).advance_pt,
                typesetter.set(plain, kKashgar).advance_pt, 1e-6);
    EXPECT_GT(typesetter.set(spaced, "Jetisu " + kKashgar).advance_pt,
              typesetter.set(plain, "Jetisu " + kKashgar).advance_pt + 5 * 3.0 - 0.01);
}

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

constexpr double kScale = 4.0;
const PageBox kSheet{0.0, 0.0, 200.0, 60.0};

Surface draw(const std::vector<PlacedLabel>& labels) {
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32,
                                               static_cast<int>(kSheet.width() * kScale),
                                               static_cast<int>(kSheet.height() * kScale)));
    cairo_t* cr = cairo_create(surface.get());
    cairo_scale(cr, kScale, kScale);
    draw_labels(cr, labels);
    cairo_destroy(cr);
    cairo_surface_flush(surface.get());
    return surface;
}

/// Pixels whose alpha differs by more than a quarter, and pixels drawn in either image.
std::pair<int, int> alpha_difference(cairo_surface_t* a, cairo_surface_t* b) {
    const int stride = cairo_image_surface_get_stride(a);
    const unsigned char* pa = cairo_image_surface_get_data(a);
    const unsigned char* pb = cairo_image_surface_get_data(b);
    int differing = 0, drawn = 0;
    for (int y = 0; y < cairo_image_surface_get_height(a); ++y)
        for (int x = 0; x < cairo_image_surface_get_width(a); ++x) {
            const int alpha_a = pa[y * stride + 4 * x + 3], alpha_b = pb[y * stride + 4 * x + 3];
            differing += std::abs(alpha_a - alpha_b) > 64;
            drawn += alpha_a > 0 || alpha_b > 0;
        }
    return {differing, drawn};
}

TEST(LabelBidi, OnlyJoiningScriptsAreDrawnFromTheWholeWord) {
    EXPECT_TRUE(detail::has_joining_letters(kMixed));
    EXPECT_FALSE(detail::has_joining_letters("Syr Darya Сырдарья"));
    // A name of letters that stand alone keeps being drawn cluster by cluster, as before.
    const LabelRequest request = test::line_label("syr", "Syr Darya", {{5.0, 40.0}, {195.0, 40.0}});
    const Placement placement = place_labels({request}, {}, kSheet);
    ASSERT_EQ(placement.placed.size(), 1u);
    for (const PlacedRun& run : placement.placed[0].runs)
        EXPECT_TRUE(run.whole.empty()) << run.text;
}

TEST(LabelBidi, LettersAlongALineKeepTheFormsOfTheWholeWord) {
    // Along a straight line a curved label must look exactly like the same name set straight:
    // an Arabic letter drawn alone would take its isolated form and lose its joins.
    for (const std::string& name : {kBukhara, kMixed, std::string("آمودریا")}) {
        LabelRequest request = test::line_label("river", name, {{5.0, 40.0}, {195.0, 40.0}});
        request.font.halo_pt = 0.0;
        const Placement placement = place_labels({request}, {}, kSheet);
        ASSERT_EQ(placement.placed.size(), 1u) << name;
        const PlacedLabel& curved = placement.placed[0];
        ASSERT_GT(curved.runs.size(), 3u);
        EXPECT_EQ(curved.runs.front().whole, name);
        PlacedLabel straight = curved;
        straight.kind = LabelKind::point;
        const SetText set = Typesetter().set(request.font, name);
        straight.runs = {{set.display, curved.runs.front().origin, 0.0, set.advance_pt, {}, 0}};
        const auto [differing, drawn] =
            alpha_difference(draw({curved}).get(), draw({straight}).get());
        EXPECT_GT(drawn, 300) << name;
        EXPECT_LT(differing, drawn / 50) << name;
    }
}

}  // namespace
}  // namespace cm
