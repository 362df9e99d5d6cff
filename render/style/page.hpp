#pragma once

// Page sizes: the presets (a4, a3, letter, each -portrait or -landscape; slide) and custom
// WxH in pixels, with the pixel density a raster output uses.

#include <string>

namespace cm {

/// A page in points and its raster density.
struct PageSize {
    double width_pt = 0.0;
    double height_pt = 0.0;
    double px_per_pt = 300.0 / 72.0;  ///< for PNG; SVG and PDF are in points
    bool in_pixels = false;           ///< sized in pixels ("slide", WxH), not a paper size

    int width_px() const;
    int height_px() const;
};

/// Parses a preset ("a4", "a4-landscape", "a3-portrait", "letter", "slide") or "WxH" pixels.
/// Paper presets use @p dpi (0 = 300); "slide" and WxH are exact pixel sizes laid out at 96 dpi
/// unless @p dpi is given, in which case the page keeps its pixel size and text scales.
/// @throws UsageError naming the page when it is neither.
PageSize parse_page(const std::string& page, int dpi = 0);

/// @returns @p page with its pixel size kept and its density @p px_per_pt: the page in points
/// grows as the density falls, so type, lines and symbols take a smaller share of it.
PageSize at_density(const PageSize& page, double px_per_pt);

}  // namespace cm
