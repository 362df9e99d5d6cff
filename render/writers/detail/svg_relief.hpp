#pragma once

// The relief as the SVG holds it: a smooth shaded image needs no more than about 100 pixels
// per inch on the page (ETOPO5's cells span several of them even then), so a relief shaded for
// a 300 dpi page is averaged down before it is encoded, which keeps an A4 map's SVG small.

#include <cstdint>
#include <vector>

#include "render/canvas/raster_image.hpp"
#include "render/project/coordinates.hpp"

namespace cm::detail {

/// The most pixels per inch of page an SVG's relief keeps.
constexpr double kSvgReliefDpi = 100.0;

/// @returns @p image averaged down by the smallest whole factor that brings it to at most
/// kSvgReliefDpi over @p box (page points); @p image itself when it is already that coarse.
RasterImage relief_for_svg(const RasterImage& image, const PageBox& box);

/// @returns the PNG of @p image for an SVG: RGB when it is opaque, RGBA otherwise.
std::vector<std::uint8_t> relief_png(const RasterImage& image);

}  // namespace cm::detail
