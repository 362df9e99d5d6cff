// Relief beside cells without data (beyond the projection's domain or the grid): they are
// filled with their nearest valid height before the interpolating cubic brings the relief to
// the page, so the valid pixels beside them keep heights of the data (no rim of "snow" from
// the cubic's negative weights on a no-data value), and they stay the relief's no-data water.

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "render/layers/relief.hpp"
#include "render/layers/relief_generalise.hpp"
#include "render/layers/relief_no_data.hpp"

namespace cm {
namespace {

constexpr float kNone = std::numeric_limits<float>::quiet_NaN();
const Bounds kExtent{70.0, 40.0, 80.0, 46.0, false};

/// 12 x 8 cells of rising heights (100 .. 3000 m) with a block of 4 x 4 cells without data.
relief::HeightRaster raster_with_hole() {
    relief::HeightRaster r{12, 8, {}};
    for (int j = 0; j < r.height; ++j)
        for (int i = 0; i < r.width; ++i) {
            const bool hole = i >= 6 && i < 10 && j >= 2 && j < 6;
            r.metres.push_back(hole ? kNone : 100.0f + 250.0f * i + 30.0f * j);
        }
    return r;
}

TEST(ReliefNoData, CellsWithoutDataTakeTheirNearestValidHeight) {
    const relief::HeightRaster r = raster_with_hole();
    const relief::FilledRaster f = relief::fill_no_data(r);
    ASSERT_FALSE(f.complete);
    ASSERT_FALSE(f.empty);
    const auto at = [](const relief::HeightRaster& h, int i, int j) {
        return h.metres[static_cast<std::size_t>(j) * h.width + i];
    };
    EXPECT_EQ(at(f.heights, 6, 3), at(r, 5, 3)) << "the valid cell to the west is nearest";
    EXPECT_EQ(at(f.heights, 9, 3), at(r, 10, 3));
    EXPECT_EQ(at(f.heights, 7, 2), at(r, 7, 1));
    EXPECT_EQ(at(f.valid, 7, 3), 0.0f);
    EXPECT_EQ(at(f.valid, 5, 3), 1.0f);
    for (std::size_t k = 0; k < r.metres.size(); ++k) {
        EXPECT_TRUE(std::isfinite(f.heights.metres[k]));
        if (std::isfinite(r.metres[k])) {
            EXPECT_EQ(f.heights.metres[k], r.metres[k]) << "valid cells are kept";
        }
    }
    const relief::HeightRaster none{2, 2, {kNone, kNone, kNone, kNone}};
    EXPECT_TRUE(relief::fill_no_data(none).empty);
    EXPECT_TRUE(relief::fill_no_data(relief::HeightRaster{1, 1, {5.0f}}).complete);
}

// The bound: with the Catmull-Rom kept within the range of its four taps in each direction,
// no upsampled height leaves [min, max] of the valid heights at all (the unclamped cubic may
// overshoot by up to 0.28 of their range in two dimensions: 1.125^2 + 0.125^2 - 1).
TEST(ReliefNoData, UpsampledHeightsStayWithinTheValidHeights) {
    const relief::FilledRaster f = relief::fill_no_data(raster_with_hole());
    float low = 1e9f, high = -1e9f;
    for (const float h : raster_with_hole().metres)
        if (std::isfinite(h))
            low = std::min(low, h), high = std::max(high, h);
    const relief::CubicUpsampler up(f.heights, 7.0, 84, 56, relief::Cubic::catmull_rom);
    std::vector<float> row(84);
    for (int y = 0; y < 56; ++y) {
        up.row(y, row.data());
        for (const float h : row) {
            ASSERT_LE(h, high) << "row " << y;
            ASSERT_GE(h, low) << "row " << y;
        }
    }
}

TEST(ReliefNoData, TheCubicDoesNotRingBesideAStep) {
    const relief::HeightRaster step{8, 1, {0, 0, 0, 0, 2000, 2000, 2000, 2000}};
    const relief::CubicUpsampler up(step, 8.0, 64, 1, relief::Cubic::catmull_rom);
    std::vector<float> row(64);
    up.row(0, row.data());
    for (const float h : row) {
        EXPECT_GE(h, 0.0f);
        EXPECT_LE(h, 2000.0f);
    }
    EXPECT_NEAR(row[20], 0.0f, 1e-3f) << "through the data";
    EXPECT_NEAR(row[44], 2000.0f, 1e-3f);
}

std::uint32_t pixel(const RasterImage& image, int x, int y) {
    std::uint32_t v = 0;
    std::memcpy(&v, image.pixels.data() + static_cast<std::size_t>(y) * image.stride + 4 * x, 4);
    return v;
}

/// A flat grid of @p metres from 68 E to @p east (the map reaches 80 E), 38..48 N.
ElevationGrid flat_grid(double east, double metres) {
    ElevationGrid g;
    g.west = 68.0, g.east = east, g.south = 38.0, g.north = 48.0;
    g.width = static_cast<int>(std::lround((east - 68.0) * 12)) + 1;
    g.height = 10 * 12 + 1;
    g.metres.assign(static_cast<std::size_t>(g.width) * g.height, static_cast<float>(metres));
    return g;
}

TEST(ReliefNoData, LowGroundBesideNoDataIsNotTintedAsSnow) {
    const Projection projection = Projection::from_definition(fit_conic(kExtent));
    const PageFrame frame = fit_frame(projection, kExtent, {10.0, 10.0, 410.0, 310.0});
    const ReliefStyle style;
    const RasterImage half = shade_relief(flat_grid(75.0, 200.0), projection, frame, 2.0, style);
    const RasterImage land = shade_relief(flat_grid(82.0, 200.0), projection, frame, 2.0, style);
    const RasterImage sea = shade_relief(flat_grid(82.0, -5000.0), projection, frame, 2.0, style);
    const std::uint32_t ground = pixel(land, 10, 10), water = pixel(sea, 10, 10);
    ASSERT_NE(ground, water);
    std::set<std::uint32_t> colours;
    for (int y = 0; y < half.height; ++y)
        for (int x = 0; x < half.width; ++x)
            colours.insert(pixel(half, x, y));
    EXPECT_EQ(colours, (std::set<std::uint32_t>{ground, water}))
        << "flat ground at 200 m up to the grid's edge, the no-data water beyond it";
    EXPECT_EQ(pixel(half, 10, half.height / 2), ground);
    EXPECT_EQ(pixel(half, half.width - 10, half.height / 2), water);
}

}  // namespace
}  // namespace cm
