// The SVG an editor can use: real text in the pinned fonts, one Inkscape layer per layer,
// features with their data ids and kinds, letters along a river each placed and turned, the
// relief one image; valid SVG 1.1; drawn by librsvg and by Chromium as the PNG of the same map.

#include <gtest/gtest.h>

#include "../temp_dir.hpp"
#include "svg_editor_helpers.hpp"

namespace cm {
namespace {

TEST(SvgEditor, TextIsRealTextInThePinnedFonts) {
    const test::SvgCase c = test::svg_case(960, 540, false);
    const std::string svg = test::svg_of(c);
    EXPECT_GT(test::count_of(svg, "<text "), 5u);
    EXPECT_NE(svg.find(">" + c.map.scene.title + "</text>"), std::string::npos) << "the title";
    EXPECT_NE(svg.find("font-family=\"Noto Sans\""), std::string::npos);
    // Cairo's SVG surface writes each glyph's outline as a <symbol id="glyph...">.
    EXPECT_EQ(svg.find("<symbol"), std::string::npos);
    EXPECT_EQ(svg.find("glyph"), std::string::npos);
}

TEST(SvgEditor, EveryLayerIsATopLevelInkscapeLayer) {
    const std::string svg = test::svg_of(test::svg_case(960, 540, false));
    const std::vector<std::string> expected{
        "background", "relief",           "land",   "territories", "changes",     "rivers",
        "lakes",      "graticule",        "routes", "events",      "settlements", "labels",
        "frame",      "graticule-labels", "legend", "event-list",  "scale-bar",   "locator",
        "title",      "credits"};
    EXPECT_EQ(test::top_level_group_ids(svg), expected);
    EXPECT_EQ(test::count_of(svg, "inkscape:groupmode=\"layer\""), expected.size());
    EXPECT_NE(svg.find("<g id=\"territories\" inkscape:groupmode=\"layer\" "
                       "inkscape:label=\"Territories\""),
              std::string::npos);
}

TEST(SvgEditor, FeaturesCarryTheirDataIdsAndAClassPerKind) {
    const test::SvgCase c = test::svg_case(960, 540, false);
    const std::string svg = test::svg_of(c);
    ASSERT_FALSE(c.map.territories.empty());
    for (const PageArea& t : c.map.territories)
        EXPECT_NE(svg.find("id=\"polity." + t.id + "\" class=\"polity\""), std::string::npos)
            << t.id;
    ASSERT_FALSE(c.map.settlements.empty());
    for (const PagePlace& p : c.map.settlements)
        EXPECT_NE(svg.find("id=\"place." + p.id + "\" class=\"place\""), std::string::npos) << p.id;
    ASSERT_FALSE(c.map.events.empty());
    for (const PageEvent& e : c.map.events)
        EXPECT_NE(svg.find("id=\"event." + e.event.id + "\" class=\"event\""), std::string::npos)
            << e.event.id;
    for (const PageRoute& r : c.map.routes)
        EXPECT_NE(svg.find("id=\"route." + r.route.campaign_id), std::string::npos);
    EXPECT_NE(svg.find("class=\"label place\""), std::string::npos);
}

TEST(SvgEditor, ARiverLabelIsAGroupOfLettersEachPlacedAndTurned) {
    // The publication style: the slides style's type leaves the small fixture's river unnamed.
    const test::SvgCase c = test::svg_case(960, 540, false, "publication");
    const auto river = std::find_if(c.map.labels.begin(), c.map.labels.end(),
                                    [](const PlacedLabel& l) { return l.kind == LabelKind::line; });
    ASSERT_NE(river, c.map.labels.end()) << "the fixture map labels a river";
    const std::string svg = test::svg_of(c);
    const std::string id = "label." + river->id.substr(0, river->id.find(':')) + "_" +
                           river->id.substr(river->id.find(':') + 1);
    const auto at = svg.find("<g id=\"" + id + "\" class=\"label river\">");
    ASSERT_NE(at, std::string::npos) << id;
    const std::string group = svg.substr(at, svg.find("</g>", at) - at);
    EXPECT_EQ(test::count_of(group, "<text "), river->runs.size());
    EXPECT_EQ(test::count_of(group, ") rotate("), river->runs.size()) << group;
    std::string letters;
    for (const PlacedRun& run : river->runs)
        letters += run.text;
    std::string drawn;
    for (auto t = group.find("<tspan"); t != std::string::npos; t = group.find("<tspan", t + 1)) {
        const auto from = group.find('>', t) + 1;
        drawn += group.substr(from, group.find("</tspan>", from) - from);
    }
    EXPECT_EQ(drawn, letters);
}

TEST(SvgEditor, TheReliefIsOneEmbeddedImageOrALinkedFile) {
    const test::SvgCase c = test::svg_case(480, 320, true);
    const std::string embedded = test::svg_of(c);
    EXPECT_EQ(test::count_of(embedded, "<image "), 1u);
    EXPECT_EQ(test::count_of(embedded, "xlink:href=\"data:image/png;base64,"), 1u);
    const std::string linked = test::svg_of(c, "map-relief.png");
    EXPECT_EQ(test::count_of(linked, "<image "), 1u);
    EXPECT_NE(linked.find("xlink:href=\"map-relief.png\""), std::string::npos);
    EXPECT_EQ(linked.find("data:image"), std::string::npos);
    EXPECT_EQ(test::count_of(test::svg_of(test::svg_case(480, 320, false)), "<image "), 0u);
}

TEST(SvgEditor, IsWellFormedAndValidSvg11) {
    ASSERT_TRUE(test::has_tool("xmllint")) << "xmllint (libxml2-utils, setup.sh) is missing";
    test::TempDir tmp("cm-svg-valid");
    tmp.write("map.svg", test::svg_of(test::svg_case(480, 320, true)));
    const std::string file = tmp / "map.svg";
    EXPECT_EQ(std::system(("xmllint --noout '" + file + "'").c_str()), 0) << "well-formed";
    // Against the SVG 1.1 DTD, read from the local XML catalogue (package w3c-sgml-lib).
    EXPECT_EQ(std::system(("xmllint --noout --nonet --valid '" + file + "'").c_str()), 0)
        << "valid against the SVG 1.1 DTD";
}

/// Text: the PNG's glyphs are laid out and drawn unhinted, as librsvg and Chromium draw a
/// <text>, so the letters stand in the same places; the rasterisers still anti-alias the
/// edges of every letter their own way: 1.9 to 3.3% of the pixels differ on these pages (the
/// most on the slides pages, whose type is set for a projected slide: the share grows with the
/// letters' edge length), 5% were allowed while the PNG was hinted. Text is therefore compared
/// on its own, with this share of differing pixels allowed; everything else is held to the
/// tolerance between rasterisers of golden_compare.hpp.
constexpr double kHintedTextShare = 0.035;

/// Draws the SVG of @p c's map with @p command (IN and OUT stand for the files) and @returns
/// the share of its pixels that differ from the PNG writer's (@p text: with the text).
double drawn_share(const test::SvgCase& c, const std::string& command, bool text) {
    test::TempDir tmp("cm-svg-raster");
    const test::DrawnCase drawn = test::drawn_case(c, text);
    tmp.write("map.svg", drawn.svg);
    std::string run = command;
    run.replace(run.find("IN"), 2, "'" + (tmp / "map.svg") + "'");
    run.replace(run.find("OUT"), 3, "'" + (tmp / "svg.png") + "'");
    EXPECT_EQ(std::system((run + " >/dev/null 2>&1").c_str()), 0) << run;
    const RasterImage svg = test::read_png(tmp / "svg.png");
    const double share = test::differing_share(svg, drawn.png);
    if (share > test::kAllowedShare && svg.width == drawn.png.width) {  // for a look at it
        RasterImage diff;
        test::count_differences(svg, drawn.png, diff);
        const std::string stem = std::filesystem::current_path().string() + "/svg-" +
                                 command.substr(0, command.find(' ')) + (text ? "-text" : "");
        write_png(svg, stem + "-actual.png", stem + "-actual.png", true, 1);
        write_png(diff, stem + "-diff.png", stem + "-diff.png", true, 1);
    }
    return share;
}

void expect_drawn_alike(const test::SvgCase& c, const std::string& command) {
    EXPECT_LE(drawn_share(c, command, false), test::kAllowedShare) << command << ", no text";
    EXPECT_LE(drawn_share(c, command, true), kHintedTextShare) << command << ", with text";
}

TEST(SvgEditor, LibrsvgDrawsItAsThePng) {
    ASSERT_TRUE(test::has_tool("rsvg-convert")) << "rsvg-convert (librsvg2-bin, setup.sh)";
    for (bool relief : {false, true})
        expect_drawn_alike(test::svg_case(960, 540, relief),
                           "rsvg-convert --width 960 --height 540 -o OUT IN");
    expect_drawn_alike(test::svg_case(480, 320, false, "publication"),
                       "rsvg-convert --width 480 --height 320 -o OUT IN");
}

TEST(SvgEditor, ChromiumDrawsItAsThePng) {
    ASSERT_TRUE(test::has_tool("chromium")) << "chromium (setup.sh) is missing";
    for (bool relief : {false, true})
        expect_drawn_alike(test::svg_case(960, 540, relief),
                           "chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "
                           "--force-device-scale-factor=1 --window-size=960,540 "
                           "--screenshot=OUT file://IN");
}

}  // namespace
}  // namespace cm
