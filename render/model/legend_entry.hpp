#pragma once

// The entries of a map's legend and, for an animation, the legend fixed for the whole run
// (render/layers/legend.hpp builds both).

#include <string>
#include <vector>

#include "geodata/model/event.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

struct LegendEntry {
    enum class Key {
        polity,            ///< a holder's land: its flat tint
        unknown,           ///< land whose holder is unknown
        border,            ///< a border whose course is stated
        uncertain_border,  ///< a border drawn dashed: not certain
        change,            ///< regions that changed hands: the hatch
        side,              ///< one side's campaign routes: its colour
        strength,          ///< the route's width stands for the strength stated
        retreat,
        inferred,  ///< a course inferred over the land
        town,
        river,
        lake,
        event,
    } key = Key::polity;
    std::string text;
    std::string colour_key;  ///< polity, unknown and side entries
    EventType event = EventType::battle;
    friend bool operator==(const LegendEntry&, const LegendEntry&) = default;
};

/// A legend laid out on the page: its box and its entries in columns, top to bottom.
struct PageLegend {
    std::vector<LegendEntry> entries;
    PageBox box;  ///< zero size: no legend
    /// Where each column's keys begin, from the box's left edge; entries fill the first
    /// column, then the next.
    std::vector<double> column_x_pt{0.0};
    int rows = 0;        ///< entries in a full column
    double scale = 1.0;  ///< of the legend's type and symbols: below 1 on a page too small
};

}  // namespace cm
