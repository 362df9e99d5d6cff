#pragma once

// The label placement engine: most important labels first, each at the first of its
// candidate positions that lies inside the frame and clear of every symbol and of the
// labels placed before it. A label with no such position is dropped, never drawn over
// another.

#include <string>
#include <vector>

#include "render/labels/label.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

struct Placement {
    std::vector<PlacedLabel> placed;   ///< in placement order (priority, then input order)
    std::vector<std::string> dropped;  ///< ids of the labels that found no room, same order
};

/// Places @p requests on the map.
/// @param obstacles boxes to keep clear (symbols, routes' arrowheads, the legend...);
///        point requests' own symbols (anchor, clearance_pt) are kept clear as well.
/// @param frame the map frame; a label must lie entirely inside it.
/// @returns the same result for the same inputs, on any machine with the pinned fonts.
/// @throws RenderError when the fonts cannot be loaded.
/// May be called from several threads at once: each thread measures with its own
/// Pango font map.
Placement place_labels(const std::vector<LabelRequest>& requests,
                       const std::vector<PageBox>& obstacles, const PageBox& frame);

}  // namespace cm
