#pragma once

// Where the legend goes: in a corner of the map frame clear of the scale bar and the locator,
// in one to four columns, each as wide as its widest entry, covering at most 30% of the map.
// Of those places, the one under which fewest events' symbols and towns where an event
// happened lie (none, unless the page is too small for that), then fewest other towns, then
// fewest columns; ties go to bottom-left, top-left, bottom-right, top-right. Where no place at
// full size leaves every event clear, the legend's type and symbols are set smaller (80%, 65%,
// then 50%), no smaller than the page's least type (least_type_pt()); on a page too small for
// the whole key so, the polities' swatches are left out (their names are on the map). Only a
// page too small for even that gets type under its least, rather than a legend that covers an
// event or none. A map planned with a legend panel (PageMap::legend_panel,
// render/scene/legend_panel.hpp) has its legend at the top of the panel, outside the frame.

#include <vector>

#include "render/model/legend_entry.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// The boxes of @p events' symbols and of the towns they happened at, on @p map's page.
std::vector<PageBox> event_places(const PageMap& map, const std::vector<PageEvent>& events,
                                  const Style& style);

/// Lays out @p entries on @p map, keeping clear of @p keep_clear (event_places()); a zero box
/// when there is no entry, the style has no legend, or no place leaves most of the map free.
PageLegend lay_out_legend(std::vector<LegendEntry> entries, const PageMap& map,
                          const std::vector<PageBox>& keep_clear, const Style& style);

/// Whether @p entries find a place inside @p map's frame clear of @p keep_clear at a size the
/// page allows, in at most @p most_columns columns.
bool legend_fits_frame(const std::vector<LegendEntry>& entries, const PageMap& map,
                       const std::vector<PageBox>& keep_clear, const Style& style,
                       int most_columns);

/// The width of @p entries at full size in the fewest columns (of at most four) no taller than
/// @p height_pt.
double legend_panel_width(const std::vector<LegendEntry>& entries, double height_pt,
                          const Style& style);

/// The least scale of the legend's type on @p page: its type stays at least least_type_pt().
double least_legend_scale(const Style& style, const PageSize& page);

/// @returns @p style with the legend's type and symbols at @p scale (PageLegend::scale).
Style legend_style(const Style& style, double scale);

/// Legend metrics, in points, shared by the layout and the drawing.
double legend_row_pt(const Style& style);
double legend_pad_pt();
double legend_key_pt();
/// The middle of the left edge of entry @p index's key in @p legend.
PagePt legend_key_at(const PageLegend& legend, std::size_t index, const Style& style);

}  // namespace cm
