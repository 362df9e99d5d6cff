#pragma once

// The page of a GIF animation when none is asked for: 960 x 540 pixels, drawn at that size
// (not a larger frame shrunk), at the density at which the style's smallest label is
// kMinLabelPx pixels, so the type reads in a small web animation.

#include "render/style/styled_page.hpp"

namespace cm {

/// @returns the GIF's default page for @p style: 960 x 540 pixels at the density at which
/// smallest_label_pt() is kMinLabelPx.
PageSize gif_page(const Style& style);

}  // namespace cm
