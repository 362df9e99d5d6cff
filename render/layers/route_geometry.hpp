#pragma once

// The geometry of campaign routes on the page (Minard): width from stated strength, legs that
// share a stretch of their courses side by side (route_bundle.hpp), a smooth centripetal
// Catmull-Rom curve through the waypoints as cubic Béziers, and an arrowhead whose tip lies on the
// target.

#include <optional>
#include <vector>

#include "render/model/page_map.hpp"
#include "render/project/coordinates.hpp"
#include "render/project/projecting.hpp"
#include "render/style/style.hpp"

namespace cm {

/// One cubic Bézier segment on the page.
struct Bezier {
    PagePt p0, c1, c2, p3;
};

/// A route ready to draw: its body (ending at the arrowhead's base) and the arrowhead.
struct RouteShape {
    std::vector<Bezier> body;
    PagePt tip, left, right;  ///< arrowhead triangle; tip = the target
};

/// @returns the width of a route of @p strength when the drawn routes' strengths span
/// [@p weakest, @p strongest]: linear between min_pt and max_pt; default_pt without strength.
double route_width_pt(std::optional<long> strength, long weakest, long strongest,
                      const RouteStyle& style);

/// Projects routes, sets their widths and sets legs that share a stretch side by side.
std::vector<PageRoute> project_routes(const std::vector<SceneRoute>& routes,
                                      const RouteStyle& style,
                                      const detail::PageProjector& to_page);

/// A centripetal Catmull-Rom curve through @p points (at least 2) as Béziers.
std::vector<Bezier> smooth_curve(const std::vector<PagePt>& points);

/// The Bézier point at parameter @p t.
PagePt point_at(const Bezier& b, double t);

/// The body and arrowhead of a route of width @p width_pt through @p points.
RouteShape route_shape(const std::vector<PagePt>& points, double width_pt, const RouteStyle& style);

}  // namespace cm
