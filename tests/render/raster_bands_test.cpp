// Drawing a raster page in bands on several threads gives the image one band gives, pixel for
// pixel: the PNG of a map must not depend on the number of cores of the machine.

#include <gtest/gtest.h>

#include "render/output/raster.hpp"
#include "scene_render.hpp"

namespace cm {
namespace {

void expect_same_for_any_band_count(const char* style_name, int width, int height, YearRange years,
                                    bool transparent) {
    const MapSpec spec = test::fixture_spec(width, height, 1, years);
    const Style style = test::fixture_style(style_name);
    const PageMap map = test::fixture_map(spec, style);
    const RasterImage whole = render_raster(map, style, transparent, 1);
    ASSERT_EQ(whole.height, height);
    for (int bands : {2, 3, 7}) {
        const RasterImage banded = render_raster(map, style, transparent, bands);
        ASSERT_EQ(banded.width, whole.width);
        ASSERT_EQ(banded.height, whole.height);
        std::size_t differing = 0;
        for (std::size_t i = 0; i < whole.pixels.size(); ++i)
            differing += banded.pixels[i] != whole.pixels[i];
        EXPECT_EQ(differing, 0u) << style_name << " in " << bands << " bands";
    }
}

TEST(RasterBands, WarMapIsTheSameInAnyNumberOfBands) {
    expect_same_for_any_band_count("slides", 960, 541, {1000, 1002}, false);
}

TEST(RasterBands, TransparentYearMapIsTheSameInAnyNumberOfBands) {
    expect_same_for_any_band_count("publication", 480, 320, {1001, 1001}, true);
}

TEST(RasterBands, MoreBandsThanRowsStillDrawTheWholePage) {
    const MapSpec spec = test::fixture_spec(64, 64, 1, {1001, 1001});
    const Style style = test::fixture_style("publication");
    const RasterImage image = render_raster(test::fixture_map(spec, style), style, false, 100);
    ASSERT_EQ(image.height, 64);
    for (std::size_t i = 3; i < image.pixels.size(); i += 4)
        EXPECT_EQ(image.pixels[i], 255) << "pixel " << i / 4 << " left unpainted";
}

}  // namespace
}  // namespace cm
