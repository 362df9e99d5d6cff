// The style loader: the shipped styles load; every kind of mistake names file and key.

#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "render/style/page.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

std::string error_of(const std::string& text) {
    try {
        parse_style(text, "styles/x.toml");
    } catch (const StyleError& e) {
        return e.what();
    }
    return "";
}

TEST(StyleLoader, ShippedStylesLoad) {
    for (const char* name : {"publication", "slides", "wikipedia"}) {
        const Style s = load_style(resolve_style_path(name));
        EXPECT_EQ(s.name, name);
        EXPECT_FALSE(s.territories.polities.empty()) << name;
    }
    EXPECT_EQ(load_style(resolve_style_path("publication")).fonts.title.family, "Noto Serif");
    EXPECT_EQ(load_style(resolve_style_path("slides")).fonts.title.family, "Noto Sans");
    EXPECT_FALSE(load_style(resolve_style_path("wikipedia")).relief.enabled);
}

TEST(StyleLoader, ReadsValuesInPhysicalUnits) {
    const Style s = parse_style(
        "[routes]\nmin_pt = 2\nmax_pt = 7.5\n[basemap]\nsea = \"#102030\"\n"
        "[polities]\nkazakh = \"#ff000080\"\n",
        "styles/x.toml");
    EXPECT_DOUBLE_EQ(s.routes.min_pt, 2.0);
    EXPECT_DOUBLE_EQ(s.routes.max_pt, 7.5);
    EXPECT_NEAR(s.basemap.sea.g, 0x20 / 255.0, 1e-9);
    EXPECT_NEAR(polity_colour(s, "kazakh").a, 0x80 / 255.0, 1e-9);
    EXPECT_EQ(polity_colour(s, "nobody"), s.territories.fallback);
}

TEST(StyleLoader, UnknownKeyNamesFileAndKey) {
    EXPECT_EQ(error_of("[routes]\nwidht = 3\n"), "styles/x.toml: 'routes.widht': unknown key");
    EXPECT_EQ(error_of("[rutes]\n"), "styles/x.toml: 'rutes': unknown key");
    EXPECT_EQ(error_of("[fonts.title]\nsize = 3\n"),
              "styles/x.toml: 'fonts.title.size': unknown key");
}

TEST(StyleLoader, WrongTypeSaysWhatWasExpected) {
    EXPECT_EQ(error_of("[routes]\nmin_pt = \"wide\"\n"),
              "styles/x.toml: 'routes.min_pt': expected a number in 0.1..40");
    EXPECT_EQ(error_of("[relief]\nenabled = 1\n"),
              "styles/x.toml: 'relief.enabled': expected true or false");
    EXPECT_EQ(error_of("[routes]\nmin_pt = -1\n"),
              "styles/x.toml: 'routes.min_pt': expected 0.1..40, got -1");
}

TEST(StyleLoader, BadColourIsNamed) {
    EXPECT_EQ(error_of("[basemap]\nsea = \"#12345\"\n"),
              "styles/x.toml: 'basemap.sea': expected a colour \"#rrggbb\" or \"#rrggbbaa\", got "
              "\"#12345\"");
    EXPECT_NE(error_of("[polities]\nkazakh = \"blue\"\n").find("'polities.kazakh'"),
              std::string::npos);
}

TEST(StyleLoader, OnlyPinnedFontFamilies) {
    EXPECT_EQ(error_of("[fonts.title]\nfamily = \"Comic Sans\"\n"),
              "styles/x.toml: 'fonts.title.family': expected \"Noto Sans\" or \"Noto Serif\" (the "
              "pinned fonts), got \"Comic Sans\"");
}

TEST(StyleLoader, SyntaxErrorGivesLine) {
    EXPECT_NE(error_of("[page]\nmargin_mm = = 3\n").find("styles/x.toml: line 2"),
              std::string::npos);
}

TEST(StyleLoader, UnreadableFileIsStyleError) {
    EXPECT_THROW(load_style("/nonexistent/none.toml"), StyleError);
}

TEST(PagePresets, PaperAndPixelPages) {
    const PageSize a4 = parse_page("a4");
    EXPECT_EQ(a4.width_px(), 2480);
    EXPECT_EQ(a4.height_px(), 3508);
    const PageSize a4l = parse_page("a4-landscape");
    EXPECT_EQ(a4l.width_px(), 3508);
    const PageSize slide = parse_page("slide");
    EXPECT_EQ(slide.width_px(), 1920);
    EXPECT_EQ(slide.height_px(), 1080);
    EXPECT_EQ(parse_page("800x600").width_px(), 800);
    EXPECT_EQ(parse_page("letter", 150).width_px(), 1275);
    EXPECT_THROW(parse_page("a5"), UsageError);
    EXPECT_THROW(parse_page("10x10"), UsageError);
}

}  // namespace
}  // namespace cm
