#pragma once

// The legend, built from what the map actually draws (legend_content.hpp): the polities whose
// land is shown, unknown holders, borders certain and uncertain, the regions that changed
// hands, each side's routes, retreats, towns, rivers, lakes and each kind of event, each keyed
// as the map draws it (detail/legend_keys.hpp), in a corner clear of the events
// (legend_layout.hpp). An animation's legend is laid out once for the whole run
// (run_legend()) and kept in PageMap::legend, so it neither moves nor changes between frames.

#include <string>
#include <vector>

#include "render/layers/legend_content.hpp"
#include "render/model/legend_entry.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// @returns the entries for @p map: PageMap::legend's when set, else those of what it draws.
std::vector<LegendEntry> legend_entries(const PageMap& map);

/// @returns the legend as drawn on @p map: PageMap::legend when set, else laid out for what
/// @p map draws, clear of its events.
PageLegend page_legend(const PageMap& map, const Style& style);

/// @returns the legend of a run of frames over @p base: the entries of @p content (what any
/// frame draws), laid out clear of @p events (every frame's).
PageLegend run_legend(const PageMap& base, const LegendContent& content,
                      const std::vector<PageEvent>& events, const Style& style);

/// The legend's box; empty (zero size) when no legend is drawn.
PageBox legend_box(const PageMap& map, const Style& style);

/// Where a polity's swatch is drawn in the legend, on the page.
struct LegendSwatch {
    std::string colour_key;
    PageBox box;
};

/// @returns the swatch of each polity entry of the legend (none when no legend is drawn).
std::vector<LegendSwatch> legend_swatches(const PageMap& map, const Style& style);

}  // namespace cm
