#pragma once

// From the Atlas to a PageMap ready to draw, in two steps because the basemap and relief are
// loaded (by the CLI) for the window the first step finds:
//   plan_map()    scene, extent, projection, frame and the lon/lat window to load;
//   compose_map() projects scene and basemap, shades relief, fits furniture, places labels.

#include <memory>
#include <string>

#include "geodata/model/atlas.hpp"
#include "geodata/model/basemap.hpp"
#include "geodata/model/course.hpp"
#include "geodata/model/elevation_grid.hpp"
#include "render/model/map_spec.hpp"
#include "render/model/page_map.hpp"
#include "render/project/projection.hpp"
#include "render/style/style.hpp"

namespace cm {

struct MapPlan {
    Scene scene;
    Bounds extent;  ///< asked for or fitted to the places involved
    Projection projection;
    PageFrame frame;
    Bounds window;         ///< lon/lat of everything visible: load basemap and relief here
    PageBox legend_panel;  ///< beside the frame, for the legend (plan_legend_panel()); or none
    /// The legs' courses for the whole run (attach_courses()); null: legs run through their
    /// places' anchors.
    std::shared_ptr<const CourseTable> courses;
};

/// @throws UsageError for impossible years, extents or projections.
MapPlan plan_map(const Atlas& atlas, const MapSpec& spec, const Style& style);

/// Gives @p plan the courses of its legs, for its scene and every year an animation draws.
void attach_courses(MapPlan& plan, CourseTable courses);

/// @returns the smallest bend (km) an inferred course of @p plan keeps: the style's
/// routes.generalise_mm at the map's scale at its centre.
double course_generalise_km(const MapPlan& plan, const Style& style);

/// Sets the course of each route of @p scene found in @p courses.
void apply_courses(Scene& scene, const CourseTable& courses);

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
