#pragma once

// A raster output is checked against a memory budget before anything is drawn: `--page a3
// --dpi 2400` is 28063 x 39685 pixels, and drawing it would fail after minutes and gigabytes
// instead of at once with a clear message.
//
// What is counted: 4 bytes (ARGB32) per pixel of the page, once per image alive at once. A
// PNG page is 2 images (the pixels and, at worst, as many bytes compressed); relief shaded at
// the page's resolution is 1 more (for PDF and SVG too); an animation holds about 3 frames
// per worker thread (drawing, done and waiting, being encoded).

#include <cstdint>
#include <string>

#include "render/style/page.hpp"

namespace cm {

/// The most pixel memory a command may plan for.
constexpr std::uint64_t kPixelBudgetBytes = std::uint64_t{2} << 30;  // 2 GiB

/// Bytes of @p images images of @p width_px x @p height_px pixels of 4 bytes.
std::uint64_t pixel_bytes(std::int64_t width_px, std::int64_t height_px, int images);

/// @throws UsageError when @p images images of @p page exceed kPixelBudgetBytes, e.g.
/// "a3 at 2400 dpi needs 12.4 GiB of pixels (28063 x 39685 px, 3 images at once), more than
/// the 2 GiB budget". @p asked describes the page as the user gave it ("a3 at 2400 dpi").
void check_pixel_budget(const PageSize& page, int images, const std::string& asked);

/// The same for images of @p width_px x @p height_px pixels.
void check_pixel_budget(std::int64_t width_px, std::int64_t height_px, int images,
                        const std::string& asked);

/// "a3 at 2400 dpi", "slide": how a page option reads in a message.
std::string page_asked(const std::string& page, int dpi);

}  // namespace cm
