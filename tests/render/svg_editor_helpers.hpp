#pragma once

// Helpers of the SVG writer's tests: a fixture map (with a synthetic relief when asked) as
// PNG and as SVG, the SVG's top-level groups, and the external tools that read it (xmllint,
// rsvg-convert, Chromium), which setup.sh installs: a test that needs a missing one fails.

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "golden_compare.hpp"
#include "render/compose/compose_page.hpp"
#include "render/output/raster.hpp"
#include "render/writers/cairo_writer.hpp"
#include "render/writers/measure.hpp"
#include "render/writers/svg_writer.hpp"
#include "scene_render.hpp"

namespace cm::test {

/// A relief image of @p map's frame at its pixel size: a smooth ramp, so that a misplaced
/// or rescaled image shows as differing pixels.
inline std::shared_ptr<const RasterImage> ramp_relief(const PageMap& map) {
    auto image = std::make_shared<RasterImage>();
    const PageBox& b = map.frame.map_box;
    image->width = static_cast<int>(std::lround(b.width() * map.page.px_per_pt));
    image->height = static_cast<int>(std::lround(b.height() * map.page.px_per_pt));
    image->stride = image->width * 4;
    image->pixels.resize(static_cast<std::size_t>(image->stride) * image->height);
    for (int y = 0; y < image->height; ++y)
        for (int x = 0; x < image->width; ++x) {
            auto* p = &image->pixels[static_cast<std::size_t>(y) * image->stride + 4 * x];
            p[0] = static_cast<std::uint8_t>(120 + 100 * x / image->width);  // blue
            p[1] = static_cast<std::uint8_t>(160 + 80 * y / image->height);  // green
            p[2] = static_cast<std::uint8_t>(200 - 60 * x / image->width);   // red
            p[3] = 255;
        }
    return image;
}

struct SvgCase {
    Style style;
    PageMap map;
};

/// The slides war map of the fixture atlas at @p width x @p height pixels (96 dpi).
inline SvgCase svg_case(int width, int height, bool relief, const std::string& style = "slides") {
    SvgCase c{fixture_style(style), {}};
    c.map = fixture_map(fixture_spec(width, height, 1, {1000, 1002}), c.style);
    if (relief)
        c.map.relief = ramp_relief(c.map);
    return c;
}

inline std::string svg_of(const SvgCase& c, const std::string& relief_href = "") {
    const TextMeasure measure = TextMeasure::vector();
    return write_svg(compose_page(c.map, c.style, false, measure.get()), {relief_href}).svg;
}

/// Removes every text run and label from @p group and the groups in it.
inline void strip_text(Group& group) {
    std::erase_if(group.items, [](const Item& item) {
        return std::holds_alternative<TextRun>(item) || std::holds_alternative<LabelSet>(item);
    });
    for (Item& item : group.items)
        if (auto* inner = std::get_if<std::unique_ptr<Group>>(&item))
            strip_text(**inner);
}

/// @p c's map, without its text when @p text is false, as SVG and as the PNG writer's image.
struct DrawnCase {
    std::string svg;
    RasterImage png;
};

inline DrawnCase drawn_case(const SvgCase& c, bool text) {
    const TextMeasure vector = TextMeasure::vector();
    DisplayList for_svg = compose_page(c.map, c.style, false, vector.get());
    const TextMeasure raster = TextMeasure::raster(c.map.page.px_per_pt);
    DisplayList for_png = compose_page(c.map, c.style, false, raster.get());
    if (!text) {
        strip_text(for_svg.root);
        strip_text(for_png.root);
    }
    DrawnCase out{write_svg(for_svg).svg, {}};
    RasterImage& image = out.png;
    image.width = c.map.page.width_px();
    image.height = c.map.page.height_px();
    image.stride = image.width * 4;
    image.pixels.assign(static_cast<std::size_t>(image.stride) * image.height, 0);
    Surface surface =
        checked(cairo_image_surface_create_for_data(image.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                    image.width, image.height, image.stride),
                "test");
    {
        Context cr = make_context(surface.get());
        cairo_scale(cr.get(), c.map.page.px_per_pt, c.map.page.px_per_pt);
        draw_display_list(cr.get(), for_png);
    }
    cairo_surface_flush(surface.get());
    return out;
}

inline bool has_tool(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

/// The ids of the groups directly under the root <svg>.
inline std::vector<std::string> top_level_group_ids(const std::string& svg) {
    std::vector<std::string> ids;
    int depth = 0;
    const std::regex tag(R"(<(/?)g([ >]))");
    const std::regex id(R"(^ id="([^"]*)\")");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), tag); it != std::sregex_iterator();
         ++it) {
        if ((*it)[1].length() > 0) {
            --depth;
            continue;
        }
        if (depth++ == 0) {
            const std::string rest = svg.substr(static_cast<std::size_t>(it->position()) + 2, 200);
            std::smatch m;
            ids.push_back(std::regex_search(rest, m, id) ? m[1].str() : "");
        }
    }
    return ids;
}

inline std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

/// @returns the share of pixels of @p actual that differ from @p expected beyond the golden
/// threshold (1.0 when the sizes differ).
inline double differing_share(const RasterImage& actual, const RasterImage& expected) {
    if (actual.width != expected.width || actual.height != expected.height || actual.width == 0)
        return 1.0;
    RasterImage diff;
    const long n = count_differences(actual, expected, diff);
    return double(n) / (double(actual.width) * actual.height);
}

}  // namespace cm::test
