// One layout on every surface: a text is laid out with the same unhinted metrics and
// unrounded glyph positions on the image a PNG is drawn on (at its scale), on a PDF page, on
// the context the SVG writer measures with, and by the Typesetter that places the labels, so
// its letters stand at the same places in the three formats (within 0.1 pt) and are evenly
// spaced in vector output too ("Khanate", not "Khan ate").

#include <cmath>
#include <string>
#include <vector>

#include <cairo-pdf.h>
#include <gtest/gtest.h>
#include <pango/pangocairo.h>

#include "render/canvas/cairo_handles.hpp"
#include "render/labels/layout.hpp"
#include "render/writers/measure.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

constexpr double kAgreePt = 0.1;

/// The left edge of each grapheme cluster of @p text laid out on @p cr as the writers lay it
/// out (make_layout, configure_layout), in points, left to right.
std::vector<double> cluster_x(cairo_t* cr, const LabelFont& font, const std::string& text) {
    const Layout layout = make_layout(cr);
    configure_layout(layout.get(), font, display_text(font, text), true);
    std::vector<double> xs;
    const std::unique_ptr<PangoLayoutIter, decltype(&pango_layout_iter_free)> iter(
        pango_layout_get_iter(layout.get()), &pango_layout_iter_free);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_cluster_extents(iter.get(), nullptr, &logical);
        if (logical.width > 0)
            xs.push_back(double(logical.x) / PANGO_SCALE);
    } while (pango_layout_iter_next_cluster(iter.get()));
    return xs;
}

std::vector<double> typeset_x(const LabelFont& font, const std::string& text) {
    static const Typesetter typesetter;
    std::vector<double> xs;
    for (const LabelCluster& cluster : typesetter.set(font, text).clusters)
        if (cluster.advance_pt > 0.0)
            xs.push_back(cluster.x_pt);
    return xs;
}

cairo_status_t discard(void*, const unsigned char*, unsigned int) {
    return CAIRO_STATUS_SUCCESS;
}

struct Surfaces {
    Surface image = checked(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 64, 64), "image");
    Surface pdf = checked(cairo_pdf_surface_create_for_stream(discard, nullptr, 600, 400), "pdf");
    Context png_page = make_context(image.get());
    Context pdf_page = make_context(pdf.get());
    TextMeasure svg_measure = TextMeasure::vector();
    TextMeasure png_measure = TextMeasure::raster(300.0 / 72.0);
    /// @p px_per_pt: the PNG page's scale (300 dpi: 4.17 pixels a point).
    explicit Surfaces(double px_per_pt) { cairo_scale(png_page.get(), px_per_pt, px_per_pt); }
};

void expect_same_positions(const std::vector<double>& expected, const std::vector<double>& actual,
                           const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], kAgreePt) << what << ", cluster " << i;
}

/// The fonts of @p style that names are set in, with what they name.
std::vector<std::pair<LabelFont, std::string>> samples(const Style& style) {
    return {{style.fonts.polity, "Dzungar Khanate"},
            {style.fonts.polity, "Kazakh Khanate"},
            {style.fonts.region, "Jetisu"},
            {style.fonts.settlement, "Turkistan"},
            {style.fonts.lake, "Lake Balkhash"},
            {style.fonts.legend, "Dzungar Khanate"},
            {style.fonts.legend, "Khanate of Bukhara"},
            {style.fonts.title, "Kazakh–Dzungar War of 1681–1684"}};
}

TEST(TextLayoutSurfaces, GlyphPositionsAgreeOnPngPdfAndSvg) {
    for (const char* style_name : {"publication", "slides", "wikipedia"}) {
        const Style style = test::fixture_style(style_name);
        Surfaces surfaces(300.0 / 72.0);
        for (const auto& [font, text] : samples(style)) {
            const std::vector<double> placed = typeset_x(font, text);
            const std::string what = std::string(style_name) + " \"" + text + "\"";
            expect_same_positions(placed, cluster_x(surfaces.png_page.get(), font, text),
                                  what + " on the PNG page");
            expect_same_positions(placed, cluster_x(surfaces.png_measure.get(), font, text),
                                  what + " as the PNG is measured");
            expect_same_positions(placed, cluster_x(surfaces.pdf_page.get(), font, text),
                                  what + " on the PDF page");
            expect_same_positions(placed, cluster_x(surfaces.svg_measure.get(), font, text),
                                  what + " as the SVG is measured");
        }
    }
}

// Unhinted, unrounded positions do not depend on the scale: the same text on a slide at
// 96 dpi and on A4 at 300 dpi has its letters at the same points.
TEST(TextLayoutSurfaces, GlyphPositionsDoNotDependOnTheScale) {
    const Style style = test::fixture_style("slides");
    Surfaces slide(96.0 / 72.0);
    Surfaces a4(300.0 / 72.0);
    for (const auto& [font, text] : samples(style))
        expect_same_positions(cluster_x(a4.png_page.get(), font, text),
                              cluster_x(slide.png_page.get(), font, text), "\"" + text + "\"");
}

}  // namespace
}  // namespace cm
