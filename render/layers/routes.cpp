#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"
#include "render/layers/route_geometry.hpp"

namespace cm {
namespace {

void trace_body(Canvas& cr, const RouteShape& shape) {
    cr.move_to(shape.body.front().p0.x, shape.body.front().p0.y);
    for (const Bezier& b : shape.body)
        cr.curve_to(b.c1.x, b.c1.y, b.c2.x, b.c2.y, b.p3.x, b.p3.y);
}

void trace_head(Canvas& cr, const RouteShape& shape) {
    cr.move_to(shape.tip.x, shape.tip.y);
    cr.line_to(shape.left.x, shape.left.y);
    cr.line_to(shape.right.x, shape.right.y);
    cr.close_path();
}

void draw_route(Canvas& cr, const PageRoute& route, const Style& style) {
    const RouteStyle& s = style.routes;
    const RouteShape shape = route_shape(route.points, route.width_pt, s);
    const Colour colour = darken(polity_colour(style, route.route.colour_key), s.darken);
    cr.set_line_cap(LineCap::butt);
    cr.set_line_join(LineJoin::round);
    if (route.route.retreat) {
        const double dash = s.retreat_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.5};
        cr.set_dash(pattern, 2, 0.0);
    }
    trace_body(cr, shape);
    set_colour(cr, s.halo);
    cr.set_line_width(route.width_pt + 2.0 * s.halo_pt);
    cr.stroke();
    trace_body(cr, shape);
    const bool inferred = route.route.course_kind == CourseKind::inferred;
    set_colour(cr, colour, s.opacity * (inferred ? s.inferred_opacity : 1.0));
    cr.set_line_width(route.width_pt);
    cr.stroke();
    cr.set_dash(nullptr, 0, 0.0);
    trace_head(cr, shape);
    set_colour(cr, s.halo);
    cr.set_line_width(s.halo_pt);
    cr.stroke_preserve();
    set_colour(cr, colour);
    cr.fill();
}

}  // namespace

/// Advances first, then retreats on top; each leg with its own arrowhead. An inferred course
/// is drawn lighter than a stated one; its arrowhead is as strong.
void draw_routes(Canvas& cr, const PageMap& map, const Style& style) {
    for (bool retreat : {false, true})
        for (const PageRoute& route : map.routes)
            if (route.route.retreat == retreat) {
                cr.set_feature({"route", route.route.campaign_id});
                draw_route(cr, route, style);
            }
}

}  // namespace cm
