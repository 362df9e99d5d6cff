#pragma once

#include "render/scene/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// A scale bar: a round length and its length on the page at the map's centre.
struct ScaleBar {
    double length_km = 0.0;
    double length_pt = 0.0;
};

/// @returns the longest round length (1, 2, 5 × 10^n km) not longer than the style's maximum
/// bar at @p km_per_pt. @pre km_per_pt > 0
ScaleBar fit_scale_bar(double km_per_pt, const Style& style);

/// The scale bar's box at the bottom-right of the map frame.
PageBox scale_bar_box(const PageMap& map, const Style& style);

}  // namespace cm
