#pragma once

// Golden-image comparison for the renderer's tests. The tolerance is stated here, once:
// a pixel differs when any channel differs by more than kChannelThreshold (of 255), and an
// image matches when at most kAllowedPixels of its pixels differ, whatever its size. The
// smallest thing a map draws (a town's dot with its name, a legend entry, one border) covers
// far more pixels than that, so a missing one fails; the few pixels allowed are for a library
// update that moves an anti-aliased edge. Beside each reference image, <name>-labels.txt
// lists every label the case placed (id and text, in placement order) and every label it
// dropped, compared exactly. On a mismatch the actual, expected and diff images (differing
// pixels red) and the actual label list are written into the test's working directory.
// CM_GOLDEN_OVERWRITE=1 rewrites the references instead; a missing reference fails.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <cairo.h>

#include "render/canvas/raster_image.hpp"
#include "render/model/page_map.hpp"
#include "render/output/png_file.hpp"
#include "render/writers/png_encoder.hpp"

namespace cm::test {

constexpr int kChannelThreshold = 8;
constexpr long kAllowedPixels = 8;
/// For drawings of one map by different rasterisers (librsvg, Chromium against Cairo), whose
/// anti-aliasing differs along every edge: the share of pixels that may differ.
constexpr double kAllowedShare = 0.004;
/// The channel threshold of those comparisons between rasterisers.
constexpr int kRasterisersChannelThreshold = 24;

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

/// Counts pixels where a channel differs by more than @p threshold; fills @p diff (red where
/// they differ, the image faded elsewhere).
inline long count_differences(const RasterImage& a, const RasterImage& b, RasterImage& diff,
                              int threshold = kRasterisersChannelThreshold) {
    diff = a;
    long differing = 0;
    for (int y = 0; y < a.height; ++y)
        for (int x = 0; x < a.width; ++x) {
            const std::uint32_t p = pixel(a, x, y), q = pixel(b, x, y);
            bool differs = false;
            for (int shift = 0; shift < 32; shift += 8)
                differs |=
                    std::abs(int((p >> shift) & 0xff) - int((q >> shift) & 0xff)) > threshold;
            auto* out = reinterpret_cast<std::uint32_t*>(
                &diff.pixels[static_cast<std::size_t>(y) * diff.stride + 4 * x]);
            *out = differs ? 0xffff0000u : (0xff000000u | ((p & 0xfefefe) >> 1) | 0x404040u);
            differing += differs;
        }
    return differing;
}

/// The label list of @p map as stored beside a golden image: "placed<TAB>id<TAB>text" for
/// each placed label in placement order (a name along a river as one text, an area's name
/// of several lines with its lines joined by " / "), then "dropped<TAB>id" for each label that
/// found no room.
inline std::string label_list(const PageMap& map) {
    std::string out;
    for (const PlacedLabel& label : map.labels) {
        std::string text;
        if (!label.runs.empty() && !label.runs.front().whole.empty())
            text = label.runs.front().whole;
        else
            for (const PlacedRun& run : label.runs)
                text += (text.empty() || label.kind == LabelKind::line ? "" : " / ") + run.text;
        out += "placed\t" + label.id + '\t' + text + '\n';
    }
    for (const std::string& id : map.dropped_labels)
        out += "dropped\t" + id + '\n';
    return out;
}

namespace detail {

inline std::string golden_path(const std::string& name, const std::string& suffix) {
    return std::string(CM_SOURCE_DIR) + "/tests/golden/" + name + suffix;
}

inline std::string slurp_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// Where a failing case's actual, expected and diff files go: the test's working directory.
inline std::string failure_stem(const std::string& name) {
    return std::filesystem::current_path().string() + "/golden-" + name;
}

inline GoldenResult compare_pixels(const RasterImage& actual, const std::string& name) {
    const std::string reference = golden_path(name, "-reference.png");
    if (!std::filesystem::exists(reference))
        return {false, "missing reference " + reference + " (CM_GOLDEN_OVERWRITE=1 writes it)"};
    const RasterImage expected = read_png(reference);
    const std::string stem = failure_stem(name);
    if (expected.width != actual.width || expected.height != actual.height) {
        write_png(actual, stem + "-actual.png", stem + "-actual.png", true, 1);
        return {false, name + ": size differs from the reference; see " + stem + "-actual.png"};
    }
    RasterImage diff;
    const long differing = count_differences(actual, expected, diff, kChannelThreshold);
    if (differing <= kAllowedPixels)
        return {true, ""};
    write_png(actual, stem + "-actual.png", stem + "-actual.png", true, 1);
    write_png(expected, stem + "-expected.png", stem + "-expected.png", true, 1);
    write_png(diff, stem + "-diff.png", stem + "-diff.png", true, 1);
    return {false, name + ": " + std::to_string(differing) + " pixels differ by more than " +
                       std::to_string(kChannelThreshold) + " (at most " +
                       std::to_string(kAllowedPixels) + " may); see " + stem +
                       "-actual.png, -expected.png and -diff.png"};
}

inline GoldenResult compare_text(const std::string& actual, const std::string& file_name,
                                 const std::string& what) {
    const std::string reference = std::string(CM_SOURCE_DIR) + "/tests/golden/" + file_name;
    if (!std::filesystem::exists(reference))
        return {false, "missing " + what + " " + reference + " (CM_GOLDEN_OVERWRITE=1 writes it)"};
    if (slurp_text(reference) == actual)
        return {true, ""};
    const std::string path = std::filesystem::current_path().string() + "/golden-" + file_name;
    write_text(path, actual);
    return {false, file_name + ": the " + what + " differs from " + reference + "; see " + path +
                       " (diff the two)"};
}

}  // namespace detail

/// Compares @p actual, the drawing of @p map, with tests/golden/<name>-reference.png and the
/// labels @p map placed and dropped with tests/golden/<name>-labels.txt.
inline GoldenResult compare_golden(const RasterImage& actual, const PageMap& map,
                                   const std::string& name) {
    const std::string labels = label_list(map);
    const char* overwrite = std::getenv("CM_GOLDEN_OVERWRITE");
    if (overwrite && std::string(overwrite) == "1") {
        const std::string reference = detail::golden_path(name, "-reference.png");
        write_png(actual, reference, reference, true, 1);
        detail::write_text(detail::golden_path(name, "-labels.txt"), labels);
        return {true, "reference rewritten: " + reference};
    }
    GoldenResult pixels = detail::compare_pixels(actual, name);
    const GoldenResult listed = detail::compare_text(labels, name + "-labels.txt", "label list");
    if (!listed.ok)
        return {false, pixels.ok ? listed.message : pixels.message + "\n" + listed.message};
    return pixels;
}

/// Compares @p actual with the text file tests/golden/<file_name> exactly (CM_GOLDEN_OVERWRITE=1
/// rewrites it); @p what names it in the message.
inline GoldenResult compare_golden_text(const std::string& actual, const std::string& file_name,
                                        const std::string& what) {
    const char* overwrite = std::getenv("CM_GOLDEN_OVERWRITE");
    if (overwrite && std::string(overwrite) == "1") {
        detail::write_text(std::string(CM_SOURCE_DIR) + "/tests/golden/" + file_name, actual);
        return {true, what + " rewritten: " + file_name};
    }
    return detail::compare_text(actual, file_name, what);
}

}  // namespace cm::test
