// Every numeric style key has a range: NaN, infinity and values outside are StyleErrors that
// state the range; values inside, at both ends and at 1e-10, load and draw a small scene
// (with relief) without hanging or crashing. The list below is written from the loader's
// documented ranges; a test checks it covers every number of the shipped styles.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "geodata/model/error.hpp"
#include "render/output/raster.hpp"
#include "tests/render/scene_render.hpp"

namespace cm {
namespace {

struct KeyRange {
    std::string table;  ///< "territories", "fonts.title"
    std::string key;
    double min, max;
    std::string extra = {};  ///< other lines the table needs for the value to be valid
};

std::vector<KeyRange> key_ranges() {
    std::vector<KeyRange> k = {
        {"page", "frame_pt", 0, 20},
        {"page", "margin_mm", 0, 50},
        {"page", "header_mm", 0, 80},
        {"page", "footer_mm", 0, 40},
        {"page", "slide_height_px", 0, 20000},
        {"basemap", "coast_pt", 0, 20},
        {"basemap", "lake_outline_pt", 0, 20},
        {"basemap", "lake_min_mm2", 0, 10000},
        {"territories", "fill_opacity", 0, 1},
        {"territories", "border_pt", 0, 20},
        {"territories", "border_darken", 0, 1},
        {"territories", "uncertain_dash_mm", 0.1, 50},
        {"territories", "change_hatch_mm", 0.2, 50},
        {"territories", "change_hatch_pt", 0, 20},
        {"routes", "min_pt", 0.1, 40, "max_pt = 40\n"},
        {"routes", "max_pt", 0.1, 40, "min_pt = 0.1\n"},
        {"routes", "default_pt", 0.1, 40},
        {"routes", "darken", 0, 1},
        {"routes", "opacity", 0, 1},
        {"routes", "arrow_length_mm", 0, 30},
        {"routes", "arrow_width_ratio", 1, 10},
        {"routes", "offset_mm", 0, 20},
        {"routes", "retreat_dash_mm", 0.1, 50},
        {"routes", "halo_pt", 0, 20},
        {"symbols", "event_mm", 0.5, 30},
        {"symbols", "event_line_pt", 0, 20},
        {"symbols", "settlement_mm", 0, 20},
        {"furniture", "graticule_pt", 0, 20},
        {"furniture", "locator_mm", 5, 200},
        {"furniture", "scale_bar_mm", 5, 200},
        {"relief", "light_azimuth_deg", 0, 360},
        {"relief", "light_altitude_deg", 0, 90},
        {"relief", "z_factor", 0, 100},
        {"relief", "hillshade_opacity", 0, 1},
        {"relief", "generalise_fraction", 0.02, 1},
    };
    for (const char* font : {"title", "subtitle", "polity", "region", "settlement", "river", "lake",
                             "event", "legend", "graticule", "credits"}) {
        const std::string table = std::string("fonts.") + font;
        k.push_back({table, "size_pt", 2, 144});
        k.push_back({table, "letter_spacing_pt", 0, 50});
        k.push_back({table, "halo_pt", 0, 20});
    }
    return k;
}

std::string style_text(const KeyRange& k, const std::string& value) {
    return "[" + k.table + "]\n" + k.key + " = " + value + "\n" + k.extra;
}

std::string error_of(const std::string& text) {
    try {
        parse_style(text, "styles/x.toml");
    } catch (const StyleError& e) {
        return e.what();
    }
    return "";
}

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

/// A hill in the middle of the fixture's land, so that relief is shaded.
ElevationGrid hill() {
    ElevationGrid g;
    g.width = 24, g.height = 20, g.west = 55.0, g.east = 75.0, g.south = 35.0, g.north = 52.0;
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.metres.push_back(static_cast<float>(3000.0 / (1.0 + std::hypot(c - 12.0, r - 10.0))));
    return g;
}

/// Draws the fixture scene with @p style (relief on) into a small PNG-sized image.
void draw_scene(const Style& style) {
    MapSpec spec = test::fixture_spec(400, 300, 1, {1001, 1001});
    spec.relief = true;
    const Atlas atlas = test::fixture_atlas();
    const MapPlan plan = plan_map(atlas, spec, style);
    Basemap land;
    land.land.polygons.push_back(test::square(55.0, 35.0, 75.0, 52.0));
    const ElevationGrid relief = hill();
    const PageMap map = compose_map(plan, spec, style, land, &relief, &land);
    const RasterImage image = render_raster(map, style, false, 1);
    EXPECT_EQ(image.width, 400);
}

TEST(StyleRanges, NanInfinityAndHugeValuesAreErrorsStatingTheRange) {
    for (const KeyRange& k : key_ranges()) {
        const std::string qualified = k.table + "." + k.key;
        const std::string range = number(k.min) + ".." + number(k.max);
        for (const char* value : {"nan", "inf", "-inf", "1e30", "-1e30", "-1"}) {
            const std::string what = error_of(style_text(k, value));
            EXPECT_NE(what.find("styles/x.toml: '" + qualified + "': expected " + range + ", got"),
                      std::string::npos)
                << qualified << " = " << value << ": " << what;
        }
        EXPECT_NE(error_of(style_text(k, number(k.max * 1.01 + 0.01))).find("expected " + range),
                  std::string::npos)
            << qualified;
        if (k.min > 0) {
            EXPECT_NE(error_of(style_text(k, "1e-10")).find("expected " + range + ", got 1e-10"),
                      std::string::npos)
                << qualified;
        }
    }
}

TEST(StyleRanges, ValuesInRangeLoadAndDrawWithoutHanging) {
    const Style base = test::fixture_style();
    const auto start = std::chrono::steady_clock::now();
    for (const KeyRange& k : key_ranges()) {
        std::vector<double> values{k.min, k.max};
        if (k.min <= 1e-10)
            values.push_back(1e-10);
        for (const double v : values) {
            const std::string text = style_text(k, number(v));
            ASSERT_EQ(error_of(text), "") << text;
            Style style = parse_style(text, "styles/x.toml");
            style.territories.polities = base.territories.polities;
            try {
                draw_scene(style);
            } catch (const RenderError& e) {
                // Margins at their largest leave a 400 x 300 px page no room: said, not drawn.
                EXPECT_NE(std::string(e.what()).find("too small for the style's margins"),
                          std::string::npos)
                    << text << e.what();
            }
        }
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(120));
}

TEST(StyleRanges, RiverWidthsAreBoundedInCountAndRange) {
    EXPECT_EQ(error_of("[basemap]\nriver_widths_pt = [1.0, 0.5]\n"), "");
    for (const char* value : {"[nan]", "[1.0, inf]", "[1e30]", "[-1]", "[]", "[\"a\"]"})
        EXPECT_NE(
            error_of(std::string("[basemap]\nriver_widths_pt = ") + value)
                .find("'basemap.river_widths_pt': expected an array of 1..16 numbers in 0..20"),
            std::string::npos)
            << value;
    std::string seventeen = "[1";
    for (int i = 0; i < 16; ++i)
        seventeen += ", 1";
    EXPECT_NE(error_of("[basemap]\nriver_widths_pt = " + seventeen + "]\n").find("1..16"),
              std::string::npos);
}

/// Every numeric key of a shipped style is in key_ranges(), so none escapes these tests.
TEST(StyleRanges, ListCoversEveryNumberOfTheShippedStyles) {
    std::set<std::string> listed{"basemap.river_widths_pt"};
    for (const KeyRange& k : key_ranges())
        listed.insert(k.table + "." + k.key);
    std::function<void(const toml::table&, const std::string&)> walk;
    int numbers = 0;
    walk = [&](const toml::table& t, const std::string& path) {
        for (const auto& [key, node] : t) {
            const std::string name =
                path.empty() ? std::string(key.str()) : path + "." + std::string(key.str());
            if (node.is_table())
                walk(*node.as_table(), name);
            else if (node.is_number() || node.is_array()) {
                ++numbers;
                EXPECT_TRUE(listed.count(name)) << name << " has no range test";
            }
        }
    };
    for (const char* name : {"publication", "slides", "wikipedia"})
        walk(toml::parse_file(resolve_style_path(name)), "");
    EXPECT_GT(numbers, 60);
}

}  // namespace
}  // namespace cm
