#pragma once

// Whether a map's legend goes beside the frame, decided when the map is planned, before the
// frame is fitted: when the keys that only the legend explains (routes, borders, changed hands,
// towns, water, event types: planned_content()) find no corner of the whole frame that leaves
// every event clear at a type size the page allows in one or two columns (legend_fits_frame();
// more would lie across the map), they get a panel at the right of the map box, as wide as
// they are at full size in the fewest columns as tall as the frame, and the frame is fitted
// into what is left. A panel wider than a third of the map box is not taken: the legend then
// stays in the frame as it best can.

#include "render/model/map_spec.hpp"
#include "render/model/scene.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"
#include "render/style/style.hpp"

namespace cm {

/// @returns the legend's panel for a map of @p scene in @p full (the frame fitted to the whole
/// map box); a zero box when the legend stays in the frame.
PageBox plan_legend_panel(const Scene& scene, const MapSpec& spec, const Style& style,
                          const Projection& projection, const PageFrame& full);

/// The map box left of @p panel in @p map_box, a pad between them.
PageBox beside_panel(const PageBox& map_box, const PageBox& panel);

}  // namespace cm
