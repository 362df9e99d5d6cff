#include <gtest/gtest.h>

#include "render/labels/layout.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

TEST(LabelLayout, CapitalsUseUnicodeRules) {
    LabelFont font = test::region_font();
    EXPECT_EQ(display_text(font, "Jetisu"), "JETISU");
    EXPECT_EQ(display_text(font, "Ayagöz"), "AYAGÖZ");
    EXPECT_EQ(display_text(font, "Сайрам"), "САЙРАМ");
    font.capitals = false;
    EXPECT_EQ(display_text(font, "Ayagöz"), "Ayagöz");
}

TEST(LabelLayout, CapitalsWithSpacingMakeAWiderLabel) {
    const Typesetter typesetter;
    LabelFont plain = test::region_font();
    plain.capitals = false;
    plain.letter_spacing_pt = 0.0;
    LabelFont capitals = plain;
    capitals.capitals = true;
    LabelFont spaced = capitals;
    spaced.letter_spacing_pt = 3.0;
    const double plain_width = typesetter.set(plain, "Jetisu").advance_pt;
    const double capitals_width = typesetter.set(capitals, "Jetisu").advance_pt;
    const double spaced_width = typesetter.set(spaced, "Jetisu").advance_pt;
    EXPECT_GT(capitals_width, plain_width);
    // Six letters, five gaps at least, each 3 pt wider.
    EXPECT_GT(spaced_width, capitals_width + 5 * 3.0 - 0.01);
}

TEST(LabelLayout, PinnedFontsDrawEveryNameOfTheArea) {
    const Typesetter typesetter;
    for (const char* name : {"Ayagöz", "Yalangtoʻsh", "Сайрам", "Türkistan", "Қазақ"}) {
        const SetText set = typesetter.set(test::settlement_font(), name);
        EXPECT_EQ(set.missing_glyphs, 0) << name;
        EXPECT_GT(set.advance_pt, 10.0) << name;
    }
}

TEST(LabelLayout, ClustersKeepLettersWithTheirDiacritics) {
    const Typesetter typesetter;
    // "ö" written as o + combining diaeresis is one cluster, as is the precomposed form.
    const SetText decomposed = typesetter.set(test::settlement_font(), "Ayago\u0308z");
    ASSERT_EQ(decomposed.clusters.size(), 6u);
    EXPECT_EQ(decomposed.clusters[4].text, "o\u0308");
    const SetText okina = typesetter.set(test::settlement_font(), "Yalangtoʻsh");
    ASSERT_EQ(okina.clusters.size(), 11u);
    EXPECT_EQ(okina.clusters[8].text, "ʻ");
    std::string joined;
    double x = 0.0;
    for (const LabelCluster& cluster : okina.clusters) {
        joined += cluster.text;
        EXPECT_NEAR(cluster.x_pt, x, 1e-6);  // clusters tile the label without gaps
        x += cluster.advance_pt;
    }
    EXPECT_EQ(joined, "Yalangtoʻsh");
    EXPECT_NEAR(x, okina.advance_pt, 1e-6);
}

TEST(LabelLayout, SizesAreInPoints) {
    const Typesetter typesetter;
    LabelFont small = test::settlement_font();
    LabelFont large = small;
    large.size_pt = 2 * small.size_pt;
    const SetText a = typesetter.set(small, "Sairam");
    const SetText b = typesetter.set(large, "Sairam");
    EXPECT_NEAR(b.advance_pt, 2 * a.advance_pt, 0.02 * a.advance_pt);
    // Capitals of a 9 pt Noto Sans are about 6.4 pt tall.
    EXPECT_NEAR(-a.ink_top_pt, 0.714 * 9.0, 0.8);
}

}  // namespace
}  // namespace cm
