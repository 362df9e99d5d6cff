#pragma once

// Placing a map's labels so that no event is dropped: the events are grouped into clusters
// (event_clusters.hpp), each with one callout listing its events; a cluster whose callout
// finds no room is numbered at its mark and listed in the event list, a box in a free corner
// of the frame. The name of a town where an event happened that finds no room of its own goes
// into its cluster's callout (or list entry).

#include <string>
#include <vector>

#include "render/labels/placement.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

struct EventLabels {
    Placement placement;  ///< every label placed; dropped: none of the events' nor their towns'
    std::vector<EventCluster> clusters;
    EventList list;
};

/// Where the events' labels go and what they keep clear of.
struct EventLabelFrame {
    PageBox map_box;
    std::vector<PageBox> furniture;     ///< legend, scale bar, locator: the list avoids them
    int priority = 0;                   ///< of the callouts (the numbers come just before)
    std::vector<RouteObstacle> routes;  ///< lines labels cross only for want of room
    double least_list_pt = 0.0;         ///< the list's type steps down no smaller
    /// Names placed before the events (an animation's fixed names and the year's polities),
    /// one box set each: the list hides as few as it can.
    std::vector<std::vector<PageBox>> names;
};

/// Places @p others (every label but the events') and a callout or number per cluster of
/// @p events, around @p obstacles and the clusters' marks, adding the event list when needed.
/// The events of @p beyond (not on the page) and of the clusters outside the frame are listed
/// at the end of the list with their places, unnumbered. The labels' candidates are kept in
/// @p cache, when given, for another placement of the same labels.
EventLabels place_event_labels(std::vector<LabelRequest> others,
                               const std::vector<PageEvent>& events,
                               const std::vector<PageBox>& obstacles, const EventLabelFrame& frame,
                               const Style& style, std::vector<SceneEvent> beyond = {},
                               CandidateCache* cache = nullptr);

/// The events of @p scene_events that are not among @p events (those that did not project).
std::vector<SceneEvent> events_off_the_page(const std::vector<SceneEvent>& scene_events,
                                            const std::vector<PageEvent>& events);

/// The ids of the places where @p events happened.
std::vector<std::string> event_place_ids(const std::vector<PageEvent>& events);

namespace detail {

/// The event list of the numbered clusters: one line per event ("3  1681 Siege of Sayram",
/// the cluster's later events indented below), by number, in one or more columns, in the
/// place by the edge of @p map_box (a corner first) that covers no furniture and the fewest
/// marks, then the fewest of @p names (names placed before the list, one box set each), its
/// type stepped down where that helps but never under @p least_pt.
/// The events of @p beyond follow, unnumbered, each with its place ("beyond the map").
EventList lay_out_event_list(const std::vector<EventCluster>& clusters,
                             const std::vector<PageEvent>& events,
                             const std::vector<SceneEvent>& beyond, const LabelFont& font,
                             double least_pt, const PageBox& map_box,
                             const std::vector<PageBox>& furniture,
                             const std::vector<std::vector<PageBox>>& names = {});

}  // namespace detail
}  // namespace cm
