// How fine a grid of heights the relief asks its loader for: twice the relief image's pixels
// each way, and never fewer than 1024 cells (a coarse source is then read whole).

#include <gtest/gtest.h>

#include "render/layers/relief.hpp"

namespace cm {
namespace {

const Bounds kExtent{60.0, 38.0, 80.0, 50.0, false};

TEST(ReliefGridLimit, IsTwiceTheReliefImageEachWay) {
    const Projection projection = Projection::from_definition(fit_conic(kExtent));
    const PageFrame frame = fit_frame(projection, kExtent, {0.0, 0.0, 1200.0, 700.0});
    const ElevationGrid flat{2, 2, 50.0, 30.0, 90.0, 60.0, {0.0f, 0.0f, 0.0f, 0.0f}};
    const RasterImage image = shade_relief(flat, projection, frame, 2.0, ReliefStyle{});
    const GridSize most = relief_grid_limit(frame, 2.0);
    EXPECT_EQ(most.columns, 2 * image.width);
    EXPECT_EQ(most.rows, 2 * image.height);
}

TEST(ReliefGridLimit, NeverAsksForFewerThan1024Cells) {
    const Projection projection = Projection::from_definition(fit_conic(kExtent));
    const PageFrame frame = fit_frame(projection, kExtent, {0.0, 0.0, 300.0, 200.0});
    const GridSize most = relief_grid_limit(frame, 1.0);
    EXPECT_EQ(most.columns, 1024);
    EXPECT_EQ(most.rows, 1024);
}

}  // namespace
}  // namespace cm
