// Relief at the DEM's own resolution: the cubic that brings the shade to the page passes
// through the data (a one-cell ridge stays as sharp as the DEM draws it), and the grey
// hillshade has one tint at every height.

#include <cstdint>
#include <cstring>
#include <set>

#include <gtest/gtest.h>

#include "render/layers/relief.hpp"
#include "render/layers/relief_generalise.hpp"

namespace cm {
namespace {

const Bounds kExtent{70.0, 40.0, 80.0, 46.0, false};

/// A grid of 1/12° cells over a little more than kExtent, heights from @p height(column).
template <typename Height>
ElevationGrid grid_of(Height height) {
    ElevationGrid g;
    g.west = 68.0, g.east = 82.0, g.south = 38.0, g.north = 48.0;
    g.width = 14 * 12 + 1;
    g.height = 10 * 12 + 1;
    for (int r = 0; r < g.height; ++r)
        for (int c = 0; c < g.width; ++c)
            g.metres.push_back(static_cast<float>(height(c)));
    return g;
}

struct Page {
    Projection projection = Projection::from_definition(fit_conic(kExtent));
    PageFrame frame = fit_frame(projection, kExtent, {10.0, 10.0, 410.0, 310.0});
};

std::uint32_t pixel(const RasterImage& image, int x, int y) {
    std::uint32_t v = 0;
    std::memcpy(&v, image.pixels.data() + static_cast<std::size_t>(y) * image.stride + 4 * x, 4);
    return v;
}

int grey_level(std::uint32_t argb) {
    return static_cast<int>((argb >> 8) & 0xff);  // green
}

TEST(ReliefResolution, CatmullRomPassesThroughTheCoarseValues) {
    relief::HeightRaster coarse{6, 1, {0.0f, 0.0f, 1000.0f, 0.0f, 0.0f, 0.0f}};
    const relief::CubicUpsampler interpolating(coarse, 8.0, 48, 1, relief::Cubic::catmull_rom);
    const relief::CubicUpsampler smoothing(coarse, 8.0, 48, 1, relief::Cubic::bspline);
    std::vector<float> a(48), b(48);
    interpolating.row(0, a.data());
    smoothing.row(0, b.data());
    // Pixels 19 and 20 straddle the centre of coarse cell 2 (at 2.5 * 8 = 20 pixels).
    EXPECT_NEAR((a[19] + a[20]) / 2.0f, 1000.0f, 15.0f);
    EXPECT_LT((b[19] + b[20]) / 2.0f, 700.0f) << "the B-spline softens the peak";
    EXPECT_NEAR(a[4], 0.0f, 5.0f);  // a slight undershoot, as every interpolating cubic
}

/// The spread of the shade across the page for a ridge one DEM cell wide.
int ridge_contrast(const ReliefStyle& style) {
    const ElevationGrid ridge = grid_of([](int c) { return c == 84 ? 3500.0 : 500.0; });
    const Page page;
    const RasterImage image = shade_relief(ridge, page.projection, page.frame, 4.0, style);
    int low = 255, high = 0;
    const int y = image.height / 2;
    for (int x = image.width / 4; x < 3 * image.width / 4; ++x) {
        low = std::min(low, grey_level(pixel(image, x, y)));
        high = std::max(high, grey_level(pixel(image, x, y)));
    }
    return high - low;
}

TEST(ReliefResolution, AOneCellRidgeIsShadedAtTheDemsResolution) {
    ReliefStyle crisp;
    crisp.hypsometric_tint = false;   // only the shade varies
    ReliefStyle generalised = crisp;  // the former default: a quarter of the page, smoothed
    generalised.generalise_fraction = 0.25;
    generalised.coarse_cell_min_source_cells = 1.5;
    generalised.smoothing_min_cells = 1;
    const int sharp = ridge_contrast(crisp);
    const int soft = ridge_contrast(generalised);
    EXPECT_GT(sharp, 30);
    EXPECT_GT(sharp, 2 * soft) << sharp << " vs " << soft;
    EXPECT_GT(soft, 0);
}

TEST(ReliefResolution, GreyHillshadeHasOneTintAtEveryHeight) {
    ReliefStyle grey;
    grey.hypsometric_tint = false;
    const Page page;
    std::set<std::uint32_t> colours;
    for (const double metres : {200.0, 1500.0, 4000.0}) {
        const ElevationGrid flat = grid_of([metres](int) { return metres; });
        const RasterImage image = shade_relief(flat, page.projection, page.frame, 1.0, grey);
        colours.insert(pixel(image, image.width / 2, image.height / 2));
    }
    EXPECT_EQ(colours.size(), 1u);
    const std::uint32_t c = *colours.begin();
    EXPECT_EQ((c >> 16) & 0xff, (c >> 8) & 0xff) << "neutral: red = green";
    ReliefStyle tinted;  // the hypsometric tint: heights differ in colour
    const ElevationGrid low = grid_of([](int) { return 200.0; });
    const ElevationGrid high = grid_of([](int) { return 4000.0; });
    EXPECT_NE(pixel(shade_relief(low, page.projection, page.frame, 1.0, tinted), 50, 50),
              pixel(shade_relief(high, page.projection, page.frame, 1.0, tinted), 50, 50));
}

}  // namespace
}  // namespace cm
