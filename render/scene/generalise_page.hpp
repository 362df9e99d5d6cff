#pragma once

// detail of project_scene and compose_map: the map's lines and areas generalised to the page's
// resolution (render/project/generalise.hpp), cut at the ends of the map's borders so that a
// border, the river it follows and the territories on either side keep one line.

#include <vector>

#include "geodata/model/basemap.hpp"
#include "geodata/model/geometry.hpp"
#include "render/display/paint.hpp"
#include "render/model/page_map.hpp"
#include "render/model/scene.hpp"
#include "render/project/generalise.hpp"
#include "render/project/projecting.hpp"
#include "render/style/page.hpp"

namespace cm::detail {

/// Generalisation also keeps what it drops this far (a fraction of a pixel) from the line.
constexpr double kGeneralisePx = 0.2;

/// The tolerance on @p page: kGeneralisePx of its pixels, in points.
double generalise_tolerance_pt(const PageSize& page);

/// The ends of @p borders (the scene's) and of the parts of @p basemap's rivers (a border along
/// a river may run past the end of one of Natural Earth's pieces of it) on the page, those
/// that project.
PageNodes page_nodes(const PageProjector& to_page, const std::vector<SceneBorder>& borders,
                     const Basemap& basemap);

/// Each line of @p lines generalised in place.
void generalise_lines(std::vector<std::vector<PagePt>>& lines, const PageNodes& nodes,
                      double tolerance_pt);

/// Each ring of @p shape generalised in place; rings that vanish are dropped.
void generalise_shape(PageShape& shape, const PageNodes& nodes, double tolerance_pt);

/// The territories, borders and changed regions of @p map at the page's resolution (after
/// their labels' places were found on the full lines).
void generalise_history(PageMap& map, const PageNodes& nodes);

}  // namespace cm::detail
