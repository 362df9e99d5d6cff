#pragma once

// Golden-image comparison for the renderer's tests. The tolerance is stated here, once:
// a pixel differs when any channel differs by more than kChannelThreshold (of 255), and an
// image matches when at most kAllowedShare of its pixels differ (anti-aliasing and font
// hinting may move a few edge pixels between library versions). On a mismatch the actual
// image and a diff image (differing pixels red) are written next to the build's tests.
// CM_GOLDEN_OVERWRITE=1 rewrites the references instead; a missing reference fails.

#include <cstdlib>
#include <filesystem>
#include <string>

#include <cairo.h>

#include "render/canvas/raster_image.hpp"
#include "render/output/png_file.hpp"
#include "render/writers/png_encoder.hpp"

namespace cm::test {

constexpr int kChannelThreshold = 24;
constexpr double kAllowedShare = 0.004;

struct GoldenResult {
    bool ok = false;
    std::string message;
};

inline RasterImage read_png(const std::string& path) {
    RasterImage image;
    cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
    if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(s);
        image.width = cairo_image_surface_get_width(s);
        image.height = cairo_image_surface_get_height(s);
        image.stride = cairo_image_surface_get_stride(s);
        const auto* data = cairo_image_surface_get_data(s);
        image.pixels.assign(data, data + static_cast<std::size_t>(image.stride) * image.height);
    }
    cairo_surface_destroy(s);
    return image;
}

inline std::uint32_t pixel(const RasterImage& im, int x, int y) {
    return *reinterpret_cast<const std::uint32_t*>(
        &im.pixels[static_cast<std::size_t>(y) * im.stride + 4 * x]);
}

/// Counts pixels differing beyond the threshold; fills @p diff (red where they differ).
inline long count_differences(const RasterImage& a, const RasterImage& b, RasterImage& diff) {
    diff = a;
    long differing = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const std::uint32_t p = pixel(a, x, y), q = pixel(b, x, y);
            bool differs = false;
            for (int shift = 0; shift < 32; shift += 8)
                differs |= std::abs(int((p >> shift) & 0xff) - int((q >> shift) & 0xff)) >
                           kChannelThreshold;
            auto* out = reinterpret_cast<std::uint32_t*>(
                &diff.pixels[static_cast<std::size_t>(y) * diff.stride + 4 * x]);
            *out = differs ? 0xffff0000u : (0xff000000u | ((p & 0xfefefe) >> 1) | 0x404040u);
            differing += differs;
        }
    return differing;
}

/// Compares @p actual with tests/golden/<name>-reference.png.
inline GoldenResult compare_golden(const RasterImage& actual, const std::string& name) {
    const std::string reference =
        std::string(CM_SOURCE_DIR) + "/tests/golden/" + name + "-reference.png";
    const char* overwrite = std::getenv("CM_GOLDEN_OVERWRITE");
    if (overwrite && std::string(overwrite) == "1") {
        write_png(actual, reference, reference, true, 1);
        return {true, "reference rewritten: " + reference};
    }
    if (!std::filesystem::exists(reference))
        return {false, "missing reference " + reference + " (CM_GOLDEN_OVERWRITE=1 writes it)"};
    const RasterImage expected = read_png(reference);
    if (expected.width != actual.width || expected.height != actual.height)
        return {false, name + ": size differs from the reference"};
    RasterImage diff;
    const long differing = count_differences(actual, expected, diff);
    const double share = double(differing) / (double(actual.width) * actual.height);
    if (share <= kAllowedShare)
        return {true, ""};
    const std::string stem = std::filesystem::current_path().string() + "/golden-" + name;
    write_png(actual, stem + "-actual.png", stem + "-actual.png", true, 1);
    write_png(diff, stem + "-diff.png", stem + "-diff.png", true, 1);
    return {false, name + ": " + std::to_string(differing) + " pixels differ (share " +
                       std::to_string(share) + " > " + std::to_string(kAllowedShare) + "); see " +
                       stem + "-actual.png and -diff.png"};
}

}  // namespace cm::test
