#pragma once

// What the map asks the label engine to place, and what the labels must keep clear of.

#include <vector>

#include "render/labels/label.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// The priority of the events' callouts (LabelRequest::priority, lower first).
inline constexpr int kEventLabelPriority = 2;

/// Labels for polities, settlements (those where events happened first), lakes, rivers and
/// regions, in that order of importance, each in the style's font for its class. The events'
/// labels come from their clusters (event_labels.hpp).
std::vector<LabelRequest> label_requests(const PageMap& map, const Style& style);

/// The labels of label_requests() that belong to one year: the polities of @p territories
/// ("area:<polity id>"), for animation frames that place them around labels fixed for the
/// whole run.
std::vector<LabelRequest> year_label_requests(const std::vector<PageArea>& territories,
                                              const Style& style);

/// Boxes labels must not cover: event symbols, arrowheads (behind their tips), legend, scale
/// bar and locator.
std::vector<PageBox> label_obstacles(const PageMap& map, const Style& style);

/// Places the labels of @p map into it (labels, dropped_labels, event_clusters, event_list):
/// every event is in a callout or in the event list.
void place_map_labels(PageMap& map, const Style& style);

}  // namespace cm
