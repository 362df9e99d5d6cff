#pragma once

// A map prepared once for many frames (animation): the projection, frame, projected basemap,
// relief image, furniture and the labels of everything that stays (placed once, so they
// never jump), plus each year's territories, changes, routes and events already on the page
// with the year's polity and event labels placed around the fixed ones (so a label that
// exists only in some years pushes nothing away).
// A frame's own map (frame_layers()) holds only what its year's layers draw; what stays the
// same is drawn once for every frame (render/output/frame_base.hpp).
// Immutable after prepare_map(); frame_map() and frame_layers() may run on several threads at
// once, since they touch no PROJ object and no shared Cairo state.
//
// Typical use:
//   const MapPlan plan = plan_map(atlas, spec, style);         // spec.years = whole span
//   Basemap basemap = load_gshhs(dir, plan.window, ...);       // CLI loads for plan.window
//   const PreparedMap prepared = prepare_map(atlas, plan, spec, style, basemap, &grid, &locator);
//   const FrameBase base = frame_base(prepared);                // render/output/frame_base.hpp
//   RasterImage frame = render_frame(prepared, base, {1643, 0.5});

#include <map>

#include "geodata/model/atlas.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/scene/compose_map.hpp"

namespace cm {

/// One frame of an animation: a year, and how far into it (0..1). Routes are drawn up to
/// that share of their length; territories fade from the previous year's state.
struct FrameState {
    int year = 0;
    double progress = 1.0;
};

/// What changes from year to year, on the page.
struct YearLayers {
    std::vector<PageArea> territories;
    std::vector<PageBorder> borders;
    std::vector<PageArea> changes;  ///< regions that changed hands since the year before
    std::vector<PageRoute> routes;
    std::vector<PageEvent> events;
    std::vector<PlacedLabel> labels;  ///< polities and events, placed around the base's labels
    std::vector<EventCluster> event_clusters;  ///< the year's events grouped by place
    EventList event_list;                      ///< the clusters numbered for want of room
    /// The base's dropped labels less the names of this year's event towns placed this year.
    std::vector<std::string> dropped_labels;
};

struct PreparedMap {
    Style style;
    MapSpec spec;
    PageMap base;  ///< basemap, relief, graticule, furniture; labels but polities and events
    std::map<int, YearLayers> years;
};

/// Prepares every year of spec.years. @p plan comes from plan_map() for the same spec.
PreparedMap prepare_map(const Atlas& atlas, const MapPlan& plan, const MapSpec& spec,
                        const Style& style, const Basemap& basemap, const ElevationGrid* relief,
                        const Basemap* locator);

/// @returns the map of one frame: the base with the year's layers, routes drawn up to
/// @p state.progress.
/// @throws UsageError when @p state.year is outside the prepared years.
PageMap frame_map(const PreparedMap& map, const FrameState& state);

/// @returns what the changing layers of one frame draw (LayerPart::changing): frame_map()
/// without the basemap, relief, towns and furniture, which every frame shares (FrameBase). No
/// copy of the base's geometry.
/// @throws UsageError when @p state.year is outside the prepared years.
PageMap frame_layers(const PreparedMap& map, const FrameState& state);

}  // namespace cm
