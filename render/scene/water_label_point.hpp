#pragma once

// Where a lake or sea is named when its label point lies under the map's furniture.

#include <vector>

#include "render/display/paint.hpp"
#include "render/project/coordinates.hpp"

namespace cm::detail {

/// @returns @p at, or, when @p at lies under one of @p furniture (legend, scale bar, locator),
/// the label point of the largest part of @p shape that shows beside that box inside
/// @p map_box (above, below, left or right of it). A sea whose middle the legend covers is
/// thus named where it shows.
PagePt water_label_point(const PageShape& shape, PagePt at, const PageBox& map_box,
                         const std::vector<PageBox>& furniture);

}  // namespace cm::detail
