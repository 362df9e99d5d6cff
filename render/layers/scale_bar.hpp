#pragma once

#include <string>

#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// A scale bar: a round length and its length on the page at the map's centre.
struct ScaleBar {
    double length_km = 0.0;
    double length_pt = 0.0;
};

/// @returns the longest round length (1, 2, 5 × 10^n km, n may be negative) not longer than
/// the style's maximum bar at @p km_per_pt; a zero bar (none is drawn) when @p km_per_pt is
/// not a finite, positive scale.
ScaleBar fit_scale_bar(double km_per_pt, const Style& style);

/// @returns the bar's length as a reader expects it: "200 km", "5 km", "500 m", "0.5 m".
std::string scale_bar_text(double length_km);

/// The scale bar's box at the bottom-right of the map frame.
PageBox scale_bar_box(const PageMap& map, const Style& style);

}  // namespace cm
