// relief.highlights = false: the grey hillshade under the territory tints only darkens, so the
// lit slopes keep the flat ground's grey (the tints' ground) and the shadows alone draw the
// ranges.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <gtest/gtest.h>

#include "render/layers/relief.hpp"
#include "tests/synthetic_dem.hpp"

namespace cm {
namespace {

const Bounds kExtent{70.0, 40.0, 80.0, 46.0, false};

/// A ridge along 75°E over a little more than kExtent: its west flank faces the north-west
/// light, its east flank does not.
ElevationGrid ridge_grid() {
    return test::synthetic_grid(
        [](double lon, double) { return std::max(0.0, 3000.0 - 1500.0 * std::abs(lon - 75.0)); });
}

struct Shaded {
    RasterImage image;
    Projection projection = Projection::from_definition(fit_conic(kExtent));
    PageFrame frame = fit_frame(projection, kExtent, {10.0, 10.0, 410.0, 310.0});

    explicit Shaded(bool highlights) {
        ReliefStyle style;
        style.hypsometric_tint = false;
        style.grey = {0.8, 0.8, 0.8, 1.0};
        style.z_factor = 10.0;
        style.highlights = highlights;
        style.hillshade_opacity = 1.0;
        image = shade_relief(ridge_grid(), projection, frame, 1.0, style);
    }

    /// The blue channel of the pixel at @p lon, @p lat.
    int at(double lon, double lat) const {
        const PagePt p = frame.to_page(projection.forward({lon, lat}));
        return channel(static_cast<int>(p.x - 10.0), static_cast<int>(p.y - 10.0));
    }

    int channel(int x, int y) const {
        std::uint32_t v = 0;
        std::memcpy(&v, image.pixels.data() + static_cast<std::size_t>(y) * image.stride + 4 * x,
                    4);
        return static_cast<int>(v & 0xFF);
    }

    int brightest() const {
        int most = 0;
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                most = std::max(most, channel(x, y));
        return most;
    }
};

constexpr int kGrey = 204;  // 0.8 of 255

TEST(TerritoryReliefHighlights, WithoutHighlightsNoPixelIsLighterThanTheGround) {
    const Shaded s(false);
    EXPECT_LE(s.brightest(), kGrey);
    EXPECT_EQ(s.at(71.0, 43.0), kGrey);       // flat ground
    EXPECT_GE(s.at(74.5, 43.0), kGrey - 2);   // the lit flank: the ground's grey
    EXPECT_LT(s.at(75.5, 43.0), kGrey - 20);  // the flank away from the light: shaded
}

TEST(TerritoryReliefHighlights, WithHighlightsTheLitFlankIsLighterThanTheGround) {
    const Shaded s(true);
    EXPECT_GT(s.at(74.5, 43.0), kGrey + 10);
    EXPECT_LT(s.at(75.5, 43.0), kGrey - 20);
}

}  // namespace
}  // namespace cm
