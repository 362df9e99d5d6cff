#pragma once

// What the map asks the label engine to place, and what the labels must keep clear of.

#include <vector>

#include "render/labels/label.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// Labels for the towns where events happened, polities, regions, lakes, rivers and the other
/// towns, in that order of importance (label_priorities.hpp), each in the style's font for its
/// class. Polity and region labels are bound to their shapes. The events' labels come from
/// their clusters (event_labels.hpp), before all of these.
std::vector<LabelRequest> label_requests(const PageMap& map, const Style& style);

/// The legend's, the scale bar's and the locator's boxes on @p map's page.
std::vector<PageBox> furniture_boxes(const PageMap& map, const Style& style);

/// label_requests() with @p furniture, the map's furniture_boxes(), given.
std::vector<LabelRequest> label_requests(const PageMap& map, const Style& style,
                                         const std::vector<PageBox>& furniture);

/// The labels of label_requests() that belong to one year: the polities of @p territories
/// ("area:<polity id>"), for animation frames that place them around labels fixed for the
/// whole run.
std::vector<LabelRequest> year_label_requests(const std::vector<PageArea>& territories,
                                              const Style& style);

/// Boxes labels must not cover: event symbols, arrowheads (behind their tips), legend, scale
/// bar and locator.
std::vector<PageBox> label_obstacles(const PageMap& map, const Style& style);

/// label_obstacles() with @p furniture, the map's furniture_boxes(), given.
std::vector<PageBox> label_obstacles(const PageMap& map, const Style& style,
                                     std::vector<PageBox> furniture);

/// Places the labels of @p map into it (labels, dropped_labels, route_crossings,
/// event_clusters, event_list), off its routes where they can be: every event is in a callout
/// or in the event list.
void place_map_labels(PageMap& map, const Style& style);

}  // namespace cm
