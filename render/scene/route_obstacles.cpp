#include "render/scene/route_obstacles.hpp"

#include <string>

#include "render/layers/route_geometry.hpp"

namespace cm {
namespace {

/// Chords per Bézier: the curves through a route's places bend gently, so eight chords keep
/// within a fraction of a point of the curve.
constexpr int kChords = 8;

std::vector<PagePt> drawn_line(const RouteShape& shape) {
    std::vector<PagePt> line;
    if (!shape.body.empty())
        line.push_back(shape.body.front().p0);
    for (const Bezier& b : shape.body)
        for (int i = 1; i <= kChords; ++i)
            line.push_back(point_at(b, static_cast<double>(i) / kChords));
    // On into the arrowhead and round its outline.
    for (const PagePt& p : {shape.left, shape.tip, shape.right, shape.left})
        line.push_back(p);
    return line;
}

}  // namespace

std::vector<RouteObstacle> route_obstacles(const std::vector<PageRoute>& routes,
                                           const Style& style) {
    std::vector<RouteObstacle> out;
    for (const PageRoute& route : routes) {
        if (route.points.size() < 2)
            continue;
        const RouteShape shape = route_shape(route.points, route.width_pt, style.routes);
        out.push_back({"route:" + route.route.campaign_id + "#" + std::to_string(route.route.leg),
                       drawn_line(shape), route.width_pt / 2.0 + style.routes.halo_pt});
    }
    return out;
}

}  // namespace cm
