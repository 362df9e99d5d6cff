#pragma once

// What a map draws, as its legend keys it: gathered from the layers of a page (or, for an
// animation, of every year's page) and turned into the legend's entries in a fixed order, so
// the union over many frames gives the same legend whatever the order they were added in.

#include <string>
#include <utility>
#include <vector>

#include "render/model/legend_entry.hpp"
#include "render/model/page_map.hpp"

namespace cm {

struct LegendContent {
    std::vector<std::pair<std::string, std::string>> polities;  ///< colour key, name; as drawn
    /// The colour keys of the polities the map is about: the sides of its routes, the new
    /// holders of the regions that changed hands, the holders of its events' places. Only
    /// these get a swatch on a map of more than six polities, and the neighbours whose names found
    /// no room on their land (PageMap::keyed_neighbours): the others are named on their land.
    std::vector<std::string> actors;
    std::vector<std::pair<std::string, std::string>> sides;  ///< colour key, name
    std::vector<EventType> events;
    std::string years_text;  ///< of the changes; empty: each frame's, since the year before
    bool unknown = false, border = false, uncertain_border = false, changes = false;
    bool strength = false, retreat = false, inferred = false;
    bool towns = false, rivers = false, lakes = false;
};

/// Adds what the layers that change from year to year draw.
void add_year_content(LegendContent& content, const std::vector<PageArea>& territories,
                      const std::vector<PageBorder>& borders, const std::vector<PageArea>& changes,
                      const std::vector<PageRoute>& routes, const std::vector<PageEvent>& events);

/// Adds what the layers that stay for a whole animation draw: towns, rivers and lakes.
void add_basemap_content(LegendContent& content, const PageMap& map);

/// @returns what @p map draws: its year's layers, its towns, rivers and lakes.
LegendContent drawn_content(const PageMap& map);

/// @returns what a map of @p scene will draw, as far as it is known before the page is (when
/// the map is planned), without the polities: its routes, events, borders, changed hands and
/// towns, rivers and lakes taken as drawn. For an animation's run (@p run, the scene of its
/// last year with the events and routes of every year) any year may have land of no known
/// holder, borders of either certainty and land that changed hands, so all are counted.
LegendContent planned_content(const Scene& scene, bool run);

/// @returns the entries for @p content: polities (in the order first drawn), unknown holder,
/// borders, changed hands, one route per side, strength, retreat, inferred course, towns,
/// rivers, lakes, then one per event type in the order of EventType.
std::vector<LegendEntry> legend_entries(const LegendContent& content);

}  // namespace cm
