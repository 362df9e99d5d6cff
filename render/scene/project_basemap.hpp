#pragma once

// detail of compose_map: the basemap on the page. Lakes too small to read at the page's scale
// are left out; Natural Earth's rivers are drawn by scalerank, wider for larger rivers, and
// fade in as the scale grows; the gazetteer's lakes and seas that the basemap already draws
// are named, not drawn a second time.

#include "geodata/model/basemap.hpp"
#include "render/model/page_map.hpp"
#include "render/project/projecting.hpp"
#include "render/style/style.hpp"

namespace cm::detail {

/// The opacity of a Natural Earth river of @p scalerank on a map at 1:@p denominator: 1 up to
/// rank 8 at 1:10M (two ranks more for each halving of the denominator, two fewer for each
/// doubling), fading to 0 over the next rank.
double river_opacity(int scalerank, double denominator);

/// The width class (an index of style.basemap.river_widths_pt, 0 = widest) of @p scalerank.
int river_width_class(int scalerank);

/// Projects @p basemap into @p map (land, lakes of at least style.basemap.lake_min_mm2 on the
/// page, rivers that show at 1:@p denominator) and takes its credits.
void add_basemap(PageMap& map, const PageProjector& to_page, const Basemap& basemap,
                 const Style& style, double denominator);

/// Marks the gazetteer lakes and seas of @p map (map.water, whose outlines are in @p scene)
/// that @p basemap already draws, as water that is named but not filled again: the inner
/// point of the outline lies in a basemap lake, or outside the basemap's land (a sea). The
/// Caspian is thus drawn once, by the basemap, and named by the gazetteer.
void mark_basemap_water(PageMap& map, const Scene& scene, const Basemap& basemap);

/// Gazetteer rivers whose course is the basemap's (Natural Earth's, taken into the
/// gazetteer) are named and carry their links, but only the basemap's line is drawn.
void mark_basemap_rivers(PageMap& map, const Scene& scene, const Basemap& basemap);

}  // namespace cm::detail
