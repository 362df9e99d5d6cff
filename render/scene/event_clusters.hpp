#pragma once

// Grouping a map's events into clusters on the page (render/model/event_cluster.hpp): pure
// functions of page points, so they are the same for every output.

#include <vector>

#include "render/model/event_cluster.hpp"
#include "render/model/page_map.hpp"

namespace cm {

/// The events of @p events grouped: two events whose points lie closer than @p symbol_pt (one
/// symbol's size) are in one cluster, and so, transitively, are their neighbours; so are two
/// clusters whose marks would overlap. Each cluster lists its members by first year, then last
/// year, then input order. A lone event's symbol stands on its point; several stand side by
/// side, @p symbol_pt * 1.15 apart, in a row centred above the mean of their points (its
/// bottom 0.3 symbols above it; more than five in rows of ceil(sqrt(2n)), in reading order), the
/// mark reaching down to a dot of 0.15 symbols' radius on each of their points.
/// @returns the clusters ordered by their first member's index in @p events.
std::vector<EventCluster> cluster_events(const std::vector<PageEvent>& events, double symbol_pt);

/// The text of one event in a callout or the event list: "1681 Siege of Sayram",
/// "1643\u20131644 Name" for a span.
std::string event_line(const SceneEvent& event);

}  // namespace cm
