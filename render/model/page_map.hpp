#pragma once

// A map on the page: the Scene and the basemap projected and fitted to the page, in page
// points. Everything the layers draw; nothing here depends on the output format.

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/canvas/raster_image.hpp"
#include "render/display/paint.hpp"
#include "render/labels/label.hpp"
#include "render/model/event_cluster.hpp"
#include "render/model/legend_entry.hpp"
#include "render/model/scene.hpp"
#include "render/project/page_frame.hpp"
#include "render/style/page.hpp"

namespace cm {

struct PageLine {
    std::string id;
    std::string name;
    int rank = 0;  ///< rivers: 0 = largest
    std::vector<std::vector<PagePt>> lines;
    double opacity = 1.0;  ///< basemap rivers fade in with the scale
    bool stroked = true;   ///< false: a gazetteer river whose line the basemap draws
    bool labelled = true;  ///< false: a basemap river (names come from the gazetteer)
};

struct PageArea {
    std::string id;
    std::string name;
    std::string colour_key;  ///< territories and changes: the (new) holder's colour key
    Certainty certainty = Certainty::exact;
    PageShape shape;
    PagePt label_at;                ///< where an area label goes (centre of the largest ring's box)
    bool label_only = false;        ///< gazetteer water that the basemap draws: named, not filled
    std::string former_colour_key;  ///< changes: the colour key of who held it before
};

/// A border between two holders on the page (SceneBorder).
struct PageBorder {
    std::string id;
    std::vector<std::vector<PagePt>> lines;
    Certainty certainty = Certainty::exact;
    std::string left_colour_key, right_colour_key;
};

struct PagePlace {
    std::string id;
    std::string name;
    PagePt at;
    bool involved = false;  ///< named by an event or a route: labelled first
};

struct PageRoute {
    SceneRoute route;
    std::vector<PagePt> points;  ///< projected waypoints, offset sideways when shared
    double width_pt = 0.0;
    double end_gap_pt = 0.0;  ///< the arrowhead stops this short of the target's symbol
    /// Per point: how far to the left and to the right of the route's way (on the page) it
    /// may move; empty: any distance.
    std::vector<double> room_left_pt, room_right_pt;
};

struct PageEvent {
    SceneEvent event;
    PagePt at;
};

/// A graticule line and the degree it stands for.
struct GraticuleLine {
    bool meridian = true;
    double degrees = 0.0;
    std::vector<PagePt> line;
};

struct PageMap {
    PageSize page;
    PageFrame frame;
    std::string projection;  ///< PROJ definition used
    Bounds extent;           ///< lon/lat extent shown
    Scene scene;             ///< titles, sources and legend facts
    PageShape land, lakes;
    std::vector<PageLine> rivers;
    std::vector<PageArea> water;    ///< gazetteer lakes and seas
    std::vector<PageArea> regions;  ///< gazetteer regions and ranges: labels only
    std::vector<PageArea> territories;
    std::vector<PageBorder> borders;             ///< between the territories, each segment once
    std::vector<PageArea> previous_territories;  ///< animation: the state fading out
    double territory_fade = 1.0;                 ///< animation: share of the new state shown
    std::vector<PageArea> changes;
    std::vector<PagePlace> settlements;
    std::vector<PageRoute> routes;
    std::vector<PageEvent> events;
    std::vector<GraticuleLine> graticule;
    /// The antimeridian on a map across it, where basemap land read in two pieces is cut:
    /// no coast is drawn along it.
    std::vector<std::vector<PagePt>> seams;
    std::vector<PageShape> locator_land;  ///< land of the locator inset, in inset points
    std::vector<std::string> basemap_credits;
    double km_per_pt = 0.0;                     ///< true scale at the frame's centre (scale bar)
    PageBox locator_box;                        ///< where the locator inset sits, empty when none
    PageShape locator_extent;                   ///< the map's frame as drawn in the inset
    std::shared_ptr<const RasterImage> relief;  ///< covers frame.map_box; null when off
    std::vector<PlacedLabel> labels;
    std::vector<std::string> dropped_labels;
    /// An animation's legend, laid out once for every frame; empty: built from what is drawn.
    std::optional<PageLegend> legend;
    /// Where the legend goes beside the frame (MapPlan::legend_panel); zero width: inside it.
    PageBox legend_panel;
    /// Labels placed over a route for want of any other room: (label id, route id).
    std::vector<std::pair<std::string, std::string>> route_crossings;
    /// Polities the legend keys although the map is not about them: their names found no room
    /// on their land (colour keys).
    std::vector<std::string> keyed_neighbours;
    std::vector<EventCluster> event_clusters;  ///< the events grouped by place (all of them)
    EventList event_list;                      ///< the clusters numbered for want of room
};

}  // namespace cm
