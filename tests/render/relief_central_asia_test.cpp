// Renders the relief of Central Asia at slide size and writes it as a PNG (into a temporary
// folder); reports how long it took.

#include <chrono>
#include <filesystem>

#include <cairo.h>
#include <gtest/gtest.h>

#include "geodata/io/relief_loader.hpp"
#include "render/layers/relief.hpp"
#include "render/project/densify.hpp"
#include "tests/temp_dir.hpp"

namespace cm {
namespace {

TEST(ReliefCentralAsia, RendersASlideSizeReliefForInspection) {
    if (!std::filesystem::exists(default_relief_path()))
        GTEST_SKIP() << "ETOPO5 (package ferret-datasets) is not installed";
    const Bounds extent{50.0, 32.0, 100.0, 56.0, false};
    const auto start = std::chrono::steady_clock::now();
    const Projection projection = Projection::from_definition(fit_conic(extent));
    const PageFrame frame = fit_frame(projection, extent, {0.0, 0.0, 1920.0, 1080.0});
    const ElevationGrid grid =
        load_elevation(default_relief_path(), grow(visible_extent(projection, frame), 0.02));
    const auto loaded = std::chrono::steady_clock::now();
    const RasterImage image = shade_relief(grid, projection, frame, 1.0, ReliefStyle{});
    const auto shaded = std::chrono::steady_clock::now();
    const auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
    std::printf("relief 1920x1080: load %.0f ms, shade %.0f ms\n", ms(loaded - start),
                ms(shaded - loaded));
    ASSERT_EQ(image.width, 1920);
    ASSERT_EQ(image.height, 1080);
    std::vector<std::uint8_t> pixels = image.pixels;
    cairo_surface_t* surface = cairo_image_surface_create_for_data(
        pixels.data(), CAIRO_FORMAT_ARGB32, image.width, image.height, image.stride);
    const cm::test::TempDir tmp("cm-relief-central-asia");
    EXPECT_EQ(cairo_surface_write_to_png(surface, (tmp / "relief_central_asia.png").c_str()),
              CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
}

}  // namespace
}  // namespace cm
