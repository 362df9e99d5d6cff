#pragma once

// The page a style draws on. A paper page is what --page names at --dpi. A pixel page ("slide",
// WxH) given no --dpi is laid out, in a style that sets page.slide_height_px, as that style's
// slide scaled to the page's height: an 800x600 slide takes its type, lines, symbols and legend
// in the same share of the page as the 1920x1080 one, so both read alike when projected. The
// density never falls below that at which the style's smallest label is kMinLabelPx.

#include <string>

#include "render/style/page.hpp"
#include "render/style/style.hpp"

namespace cm {

/// The least height in pixels of any label's type on a slide scaled down to a small page, and
/// in a GIF frame drawn on its own page (gif_page.hpp).
inline constexpr double kMinLabelPx = 12.0;

/// @returns the density (px per pt) at which @p style's smallest label is kMinLabelPx.
double legible_px_per_pt(const Style& style);

/// Parses @p page as parse_page() does, at @p dpi, and scales a pixel page given no @p dpi
/// to @p style's slide height (see above).
/// @throws UsageError as parse_page() does.
PageSize styled_page(const std::string& page, int dpi, const Style& style);

/// @returns the least size in pt that type stepped down for want of room (the event list)
/// may take on @p page: on a slide (a pixel page in a style with a slide height) the style's
/// smallest label, which is sized to read when projected; never under kMinLabelPx.
double least_type_pt(const Style& style, const PageSize& page);

}  // namespace cm
