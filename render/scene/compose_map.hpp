#pragma once

// From the Atlas to a PageMap ready to draw, in two steps because the basemap and relief are
// loaded (by the CLI) for the window the first step finds:
//   plan_map()    scene, extent, projection, frame and the lon/lat window to load;
//   compose_map() projects scene and basemap, shades relief, fits furniture, places labels.

#include <string>

#include "geodata/model/atlas.hpp"
#include "geodata/model/basemap.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "render/project/projection.hpp"
#include "render/scene/map_spec.hpp"
#include "render/scene/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

struct MapPlan {
    Scene scene;
    Bounds extent;  ///< asked for or fitted to the places involved
    Projection projection;
    PageFrame frame;
    Bounds window;  ///< lon/lat of everything visible: load basemap and relief here
};

/// @throws UsageError for impossible years, extents or projections.
MapPlan plan_map(const Atlas& atlas, const MapSpec& spec, const Style& style);

/// @param basemap land, lakes and rivers for plan.window (may be empty)
/// @param relief heights for plan.window, or nullptr for no relief
/// @param locator coarse land around the map for the locator inset, or nullptr
PageMap compose_map(const MapPlan& plan, const MapSpec& spec, const Style& style,
                    const Basemap& basemap, const ElevationGrid* relief, const Basemap* locator);

/// compose_map() without placing the labels, for animation (prepare_map), which places
/// them once for the run and once for each year.
PageMap compose_unlabelled_map(const MapPlan& plan, const MapSpec& spec, const Style& style,
                               const Basemap& basemap, const ElevationGrid* relief,
                               const Basemap* locator);

}  // namespace cm
