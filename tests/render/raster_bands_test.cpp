// Drawing a raster page in bands on several threads gives the image one band gives, pixel for
// pixel: the PNG of a map must not depend on the number of cores of the machine.

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <gtest/gtest.h>

#include "render/output/raster.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

/// Whether pixel (@p x, @p y) lies on a name along a river of @p map (its boxes, halo included).
bool on_river_name(const PageMap& map, int x, int y) {
    const double s = map.page.px_per_pt;
    for (const PlacedLabel& label : map.labels)
        if (label.kind == LabelKind::line)
            for (const PageBox& b : label.boxes)
                if (x + 1 >= b.x0 * s && x <= b.x1 * s && y + 1 >= b.y0 * s && y <= b.y1 * s)
                    return true;
    return false;
}

/// The image of @p bands bands is the page drawn whole, but for the known exception of Cairo's
/// stroker (render/output/raster.hpp): the halo of a name along a river, one level in a pixel
/// or two. Anywhere else every pixel is the same.
void expect_as_whole(const PageMap& map, const RasterImage& whole, const RasterImage& banded,
                     int bands) {
    ASSERT_EQ(banded.width, whole.width);
    ASSERT_EQ(banded.height, whole.height);
    std::size_t on_names = 0, elsewhere = 0;
    int largest = 0;
    for (int y = 0; y < whole.height; ++y)
        for (int x = 0; x < whole.width; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * whole.stride + x * 4;
            int d = 0;
            for (std::size_t c = 0; c < 4; ++c)
                d = std::max(d, std::abs(whole.pixels[i + c] - banded.pixels[i + c]));
            if (d == 0)
                continue;
            largest = std::max(largest, d);
            ++(on_river_name(map, x, y) ? on_names : elsewhere);
        }
    EXPECT_EQ(elsewhere, 0u) << bands << " bands";
    EXPECT_LE(on_names, 4u) << bands << " bands";
    EXPECT_LE(largest, 1) << bands << " bands";
}

void expect_same_for_any_band_count(const char* style_name, int width, int height, YearRange years,
                                    bool transparent) {
    const MapSpec spec = test::fixture_spec(width, height, 1, years);
    const Style style = test::fixture_style(style_name);
    const PageMap map = test::fixture_map(spec, style);
    const RasterImage whole = render_raster(map, style, transparent, 1);
    ASSERT_EQ(whole.height, height);
    for (int bands : {2, 3, 7})
        expect_as_whole(map, whole, render_raster(map, style, transparent, bands), bands);
}

TEST(RasterBands, WarMapIsTheSameInAnyNumberOfBands) {
    expect_same_for_any_band_count("slides", 960, 541, {1000, 1002}, false);
}

TEST(RasterBands, TransparentYearMapIsTheSameInAnyNumberOfBands) {
    expect_same_for_any_band_count("publication", 480, 320, {1001, 1001}, true);
}

// The map frame's top edge falls two rows above a cut with 7 bands: each band is drawn a few
// rows beyond its cuts, so strokes crossing a cut come out as in the page drawn whole.
TEST(RasterBands, OpaqueYearMapIsTheSameInOneToEightBands) {
    const MapSpec spec = test::fixture_spec(480, 320, 1, {1001, 1001});
    const Style style = test::fixture_style("publication");
    const PageMap map = test::fixture_map(spec, style);
    const RasterImage whole = render_raster(map, style, false, 1);
    for (int bands = 2; bands <= 8; ++bands)
        expect_as_whole(map, whole, render_raster(map, style, false, bands), bands);
}

/// A shaded relief at the page's pixel size, as compose_map makes for raster pages: a pattern
/// of hills with soft edges, so any resampling or misplacement would change pixels.
std::shared_ptr<const RasterImage> hills_for(const PageMap& map) {
    auto image = std::make_shared<RasterImage>();
    image->width = static_cast<int>(std::lround(map.frame.map_box.width() * map.page.px_per_pt));
    image->height = static_cast<int>(std::lround(map.frame.map_box.height() * map.page.px_per_pt));
    image->stride = image->width * 4;
    image->pixels.resize(static_cast<std::size_t>(image->stride) * image->height);
    for (int y = 0; y < image->height; ++y)
        for (int x = 0; x < image->width; ++x) {
            const double h = 0.5 + 0.5 * std::sin(x * 0.21) * std::cos(y * 0.17);
            const auto v = static_cast<std::uint32_t>(60 + 190 * h);
            const std::uint32_t pixel = 0xff000000u | (v << 16) | (v << 8) | (v / 2);
            std::memcpy(&image->pixels[static_cast<std::size_t>(y) * image->stride + x * 4], &pixel,
                        4);
        }
    return image;
}

TEST(RasterBands, ReliefIsCopiedPixelForPixelInAnyNumberOfBands) {
    const MapSpec spec = test::fixture_spec(960, 541, 1, {1000, 1002});
    const Style style = test::fixture_style("slides");
    PageMap map = test::fixture_map(spec, style);
    map.relief = hills_for(map);
    const RasterImage whole = render_raster(map, style, false, 1);
    for (int bands : {2, 3, 7})
        EXPECT_TRUE(render_raster(map, style, false, bands).pixels == whole.pixels)
            << bands << " bands";
    // The relief shows: a page drawn without it differs.
    map.relief = nullptr;
    EXPECT_FALSE(render_raster(map, style, false, 1).pixels == whole.pixels);
}

TEST(RasterBands, MoreBandsThanRowsStillDrawTheWholePage) {
    MapSpec spec = test::fixture_spec(64, 64, 1, {1001, 1001});
    spec.page = parse_page("64x64", 16);  // 64 rows, laid out 10 cm square: room for the map
    const Style style = test::fixture_style("publication");
    const RasterImage image = render_raster(test::fixture_map(spec, style), style, false, 100);
    ASSERT_EQ(image.height, 64);
    for (std::size_t i = 3; i < image.pixels.size(); i += 4)
        EXPECT_EQ(image.pixels[i], 255) << "pixel " << i / 4 << " left unpainted";
}

}  // namespace
}  // namespace cm
