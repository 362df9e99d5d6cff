#include <cstdint>
#include <cstring>
#include <set>

#include <gtest/gtest.h>

#include "geodata/model/error.hpp"
#include "render/layers/relief.hpp"
#include "tests/synthetic_dem.hpp"

namespace cm {
namespace {

const Bounds kExtent{70.0, 40.0, 80.0, 46.0, false};

using test::synthetic_grid;

std::uint32_t pixel(const RasterImage& image, int x, int y) {
    std::uint32_t v = 0;
    std::memcpy(&v, image.pixels.data() + static_cast<std::size_t>(y) * image.stride + 4 * x, 4);
    return v;
}

struct Scene {
    Projection projection = Projection::from_definition(fit_conic(kExtent));
    PageFrame frame = fit_frame(projection, kExtent, {10.0, 10.0, 410.0, 310.0});
};

TEST(ReliefShade, ImageCoversTheMapBoxAtDeviceResolution) {
    const Scene s;
    const ElevationGrid flat = synthetic_grid([](double, double) { return 500.0; });
    const RasterImage image = shade_relief(flat, s.projection, s.frame, 2.5, ReliefStyle{});
    EXPECT_EQ(image.width, 1000);
    EXPECT_EQ(image.height, 750);
    EXPECT_GE(image.stride, 4 * image.width);
    EXPECT_EQ(image.pixels.size(), static_cast<std::size_t>(image.stride) * image.height);
}

TEST(ReliefShade, FlatGroundIsOneUniformTint) {
    const Scene s;
    const ElevationGrid flat = synthetic_grid([](double, double) { return 500.0; });
    const RasterImage image = shade_relief(flat, s.projection, s.frame, 1.0, ReliefStyle{});
    std::set<std::uint32_t> colours;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            colours.insert(pixel(image, x, y));
    ASSERT_EQ(colours.size(), 1u);
    EXPECT_EQ(*colours.begin() >> 24, 0xFFu);  // opaque
}

TEST(ReliefShade, SlopesFacingTheLightAreBrighterThanThoseFacingAway) {
    const Scene s;
    // A ridge along 75°E: its west flank faces the north-west light, its east flank does not.
    const ElevationGrid ridge = synthetic_grid(
        [](double lon, double) { return std::max(0.0, 3000.0 - 1500.0 * std::abs(lon - 75.0)); });
    ReliefStyle style;
    style.z_factor = 10.0;
    style.tint = {{0.0, {0.8, 0.8, 0.8, 1.0}}, {5000.0, {0.8, 0.8, 0.8, 1.0}}};
    const RasterImage image = shade_relief(ridge, s.projection, s.frame, 1.0, style);
    const PagePt west = s.frame.to_page(s.projection.forward({74.5, 43.0}));
    const PagePt east = s.frame.to_page(s.projection.forward({75.5, 43.0}));
    const auto grey = [&](const PagePt& p) {
        return pixel(image, static_cast<int>(p.x - 10.0), static_cast<int>(p.y - 10.0)) & 0xFF;
    };
    EXPECT_GT(grey(west), grey(east) + 30);
}

TEST(ReliefShade, SeaFloorTakesTheWaterColour) {
    const Scene s;
    const ElevationGrid sea = synthetic_grid([](double, double) { return -2000.0; });
    ReliefStyle style;
    style.water = {0.0, 0.0, 1.0, 1.0};
    const RasterImage image = shade_relief(sea, s.projection, s.frame, 1.0, style);
    EXPECT_EQ(pixel(image, 200, 150), 0xFF0000FFu);
}

TEST(ReliefShade, EmptyGridIsARenderError) {
    const Scene s;
    EXPECT_THROW((void)shade_relief(ElevationGrid{}, s.projection, s.frame, 1.0, ReliefStyle{}),
                 RenderError);
}

}  // namespace
}  // namespace cm
