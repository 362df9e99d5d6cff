#pragma once

// Draws placed labels: every halo first, then every fill, so no halo cuts into a
// neighbouring label's letters.

#include <vector>

#include <cairo.h>

#include "render/labels/label.hpp"

namespace cm {

/// Draws @p labels on @p cr in page points (scale @p cr for the output's resolution
/// first). Uses only @p cr and layouts made for this call, so several threads may draw
/// at once, each on its own cairo context. Pins the fonts (cm::pin_fonts).
void draw_labels(cairo_t* cr, const std::vector<PlacedLabel>& labels);

}  // namespace cm
