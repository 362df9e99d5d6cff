#pragma once

// The legend, built from what the map actually draws: the polities whose land or routes are
// shown, the regions that changed hands, advance and retreat routes, and each kind of event.

#include <string>
#include <vector>

#include "geodata/model/event.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

struct LegendEntry {
    enum class Key { polity, change, advance, retreat, inferred, event } key = Key::polity;
    std::string text;
    std::string colour_key;  ///< polity entries and routes
    EventType event = EventType::battle;
};

/// @returns the entries for @p map, polities first (in the order drawn), then symbols.
std::vector<LegendEntry> legend_entries(const PageMap& map);

/// The legend's box at the bottom-left of the map frame; empty (zero size) when no entry.
PageBox legend_box(const PageMap& map, const Style& style);

/// Where a polity's swatch is drawn in the legend, on the page.
struct LegendSwatch {
    std::string colour_key;
    PageBox box;
};

/// @returns the swatch of each polity entry of the legend (none when no legend is drawn).
std::vector<LegendSwatch> legend_swatches(const PageMap& map, const Style& style);

}  // namespace cm
