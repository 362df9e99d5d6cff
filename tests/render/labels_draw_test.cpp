#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <thread>

#include <cairo.h>
#include <gtest/gtest.h>

#include "render/labels/placement.hpp"
#include "render/writers/cairo_labels.hpp"
#include "tests/render/labels_scenes.hpp"

namespace cm {
namespace {

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

/// @p labels drawn alone on a transparent surface of @p frame at @p scale pixels per pt.
Surface draw_alone(const std::vector<PlacedLabel>& labels, const PageBox& frame, double scale) {
    Surface surface(cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, static_cast<int>(std::ceil(frame.width() * scale)),
        static_cast<int>(std::ceil(frame.height() * scale))));
    cairo_t* cr = cairo_create(surface.get());
    cairo_scale(cr, scale, scale);
    draw_labels(cr, labels);
    cairo_destroy(cr);
    cairo_surface_flush(surface.get());
    return surface;
}

std::uint32_t pixel(cairo_surface_t* surface, int x, int y) {
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    return *reinterpret_cast<const std::uint32_t*>(data + y * stride + x * 4);
}

/// Counts drawn pixels, and those outside every box of @p label (by more than a pixel).
std::pair<int, int> ink_inside_and_outside(cairo_surface_t* surface, const PlacedLabel& label,
                                           double scale) {
    int drawn = 0, outside = 0;
    const int w = cairo_image_surface_get_width(surface);
    const int h = cairo_image_surface_get_height(surface);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            if ((pixel(surface, x, y) >> 24) == 0)
                continue;
            ++drawn;
            const PageBox px{x / scale, y / scale, (x + 1) / scale, (y + 1) / scale};
            const PageBox grown{px.x0 - 1 / scale, px.y0 - 1 / scale, px.x1 + 1 / scale,
                                px.y1 + 1 / scale};
            bool covered = false;
            for (const PageBox& box : label.boxes)
                covered = covered || box.intersects(grown);
            outside += covered ? 0 : 1;
        }
    }
    return {drawn, outside};
}

std::vector<LabelRequest> mixed_scene() {
    std::vector<PagePt> river;
    for (double x = 10.0; x <= 290.0; x += 3.0)
        river.push_back({x, 100.0 + 25.0 * std::sin(x / 30.0)});
    return {test::point_label("ayagoz", "Ayagöz", {60.0, 40.0}),
            test::point_label("yalangtosh", "Yalangtoʻsh", {150.0, 150.0}),
            test::point_label("sairam", "Сайрам", {220.0, 40.0}),
            test::area_label("jetisu", "Jetisu", {150.0, 70.0}),
            test::line_label("ili", "Ili", river)};
}

const PageBox kSheet{0.0, 0.0, 300.0, 200.0};

TEST(DrawLabels, InkStaysInsideTheLabelsBoxesAtAnyScale) {
    const Placement placement = place_labels(mixed_scene(), {}, kSheet);
    ASSERT_EQ(placement.placed.size(), 5u);
    for (const double scale : {1.0, 300.0 / 72.0}) {
        for (const PlacedLabel& label : placement.placed) {
            const Surface surface = draw_alone({label}, kSheet, scale);
            const auto [drawn, outside] = ink_inside_and_outside(surface.get(), label, scale);
            EXPECT_GT(drawn, 20) << label.id;
            EXPECT_EQ(outside, 0) << label.id << " at scale " << scale;
        }
    }
}

TEST(DrawLabels, HaloSurroundsTheFill) {
    LabelRequest request = test::point_label("otrar", "Otrar", {40.0, 50.0});
    request.font.colour = {1.0, 0.0, 0.0, 1.0};
    request.font.halo = {0.0, 0.0, 1.0, 1.0};
    request.font.halo_pt = 1.5;
    const Placement placement = place_labels({request}, {}, kSheet);
    ASSERT_EQ(placement.placed.size(), 1u);
    const Surface surface = draw_alone(placement.placed, kSheet, 4.0);
    int red = 0, blue = 0;
    for (int y = 0; y < cairo_image_surface_get_height(surface.get()); ++y) {
        for (int x = 0; x < cairo_image_surface_get_width(surface.get()); ++x) {
            const std::uint32_t p = pixel(surface.get(), x, y);
            if (p == 0xffff0000u)
                ++red;
            if (p == 0xff0000ffu)
                ++blue;
        }
    }
    EXPECT_GT(red, 200);   // the letters, drawn over
    EXPECT_GT(blue, red);  // a halo wider than the strokes of the letters
}

TEST(DrawLabels, ThreadsDrawTheSameImage) {
    const Placement placement = place_labels(mixed_scene(), {}, kSheet);
    std::vector<Surface> surfaces(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < surfaces.size(); ++i)
        threads.emplace_back([&, i] { surfaces[i] = draw_alone(placement.placed, kSheet, 2.0); });
    for (std::thread& thread : threads)
        thread.join();
    const std::size_t bytes =
        static_cast<std::size_t>(cairo_image_surface_get_stride(surfaces[0].get()) *
                                 cairo_image_surface_get_height(surfaces[0].get()));
    for (std::size_t i = 1; i < surfaces.size(); ++i)
        EXPECT_EQ(std::memcmp(cairo_image_surface_get_data(surfaces[0].get()),
                              cairo_image_surface_get_data(surfaces[i].get()), bytes),
                  0);
}

TEST(DrawLabels, PlacementInSeveralThreadsAgrees) {
    const std::vector<LabelRequest> requests = mixed_scene();
    const Placement here = place_labels(requests, {}, kSheet);
    Placement there;
    std::thread([&] { there = place_labels(requests, {}, kSheet); }).join();
    ASSERT_EQ(here.placed.size(), there.placed.size());
    for (std::size_t i = 0; i < here.placed.size(); ++i)
        EXPECT_EQ(here.placed[i].runs[0].origin, there.placed[i].runs[0].origin);
}

}  // namespace
}  // namespace cm
