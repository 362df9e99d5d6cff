#pragma once

// Events drawn together: the events at one place, or closer on the page than their symbols'
// size, share one place mark with their symbols side by side and one callout label. A cluster
// whose callout finds no room is numbered at its mark and listed in the event list.

#include <cstddef>
#include <string>
#include <vector>

#include "render/labels/label.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

struct EventCluster {
    std::vector<std::size_t> members;  ///< indexes into the map's events, in time order
    PagePt at;                         ///< centre of the place mark (mean of the events' points)
    std::vector<PagePt> symbols;       ///< per member: where its symbol is drawn
    PageBox mark;                      ///< the area of the mark and its symbols
    int number = 0;      ///< > 0: the cluster is listed in the event list under this number
    std::string header;  ///< towns' names carried by the callout (their own labels found no room)
    std::vector<std::string> header_ids;  ///< those towns' label ids ("place:<id>")
};

/// The numbered list of the events whose callouts found no room, in a box inside the frame.
struct EventList {
    PageBox box;                      ///< empty (zero size) when nothing is listed
    std::vector<PlacedLabel> lines;   ///< one per event, ordered by year
    std::vector<std::string> beyond;  ///< ids of the events beyond the frame, listed last
};

}  // namespace cm
