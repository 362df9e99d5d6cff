#pragma once

#include "render/model/map_spec.hpp"
#include "render/model/page_map.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"
#include "render/style/style.hpp"

namespace cm {

/// The map box on the page: inside the margins, below the header, above the footer.
PageBox map_box_of(const PageSize& page, const Style& style);

/// The extent a map shows: the spec's, or the places involved with a margin.
Bounds extent_of(const Scene& scene, const MapSpec& spec);
/// The same from the box of the places involved alone (build_scene's involved_in).
Bounds extent_of(const Bounds& involved, const MapSpec& spec);

/// The projection of a map: the spec's definition, or a conic fitted to @p extent.
Projection projection_of(const MapSpec& spec, const Bounds& extent);

/// Projects @p scene onto the page of @p spec in @p frame (MapPlan::frame): territories,
/// features, settlements, routes (widths and sideways offsets from the style), events and
/// graticule. The basemap is added by project_basemap().
PageMap project_scene(const Scene& scene, const MapSpec& spec, const Style& style,
                      const Projection& projection, const PageFrame& frame);

}  // namespace cm
