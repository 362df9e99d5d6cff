#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"
#include "render/layers/route_geometry.hpp"

namespace cm {
namespace {

void trace_body(cairo_t* cr, const RouteShape& shape) {
    cairo_move_to(cr, shape.body.front().p0.x, shape.body.front().p0.y);
    for (const Bezier& b : shape.body)
        cairo_curve_to(cr, b.c1.x, b.c1.y, b.c2.x, b.c2.y, b.p3.x, b.p3.y);
}

void trace_head(cairo_t* cr, const RouteShape& shape) {
    cairo_move_to(cr, shape.tip.x, shape.tip.y);
    cairo_line_to(cr, shape.left.x, shape.left.y);
    cairo_line_to(cr, shape.right.x, shape.right.y);
    cairo_close_path(cr);
}

void draw_route(cairo_t* cr, const PageRoute& route, const Style& style) {
    const RouteStyle& s = style.routes;
    const RouteShape shape = route_shape(route.points, route.width_pt, s);
    const Colour colour = darken(polity_colour(style, route.route.colour_key), s.darken);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    if (route.route.retreat) {
        const double dash = s.retreat_dash_mm * kPtPerMm;
        const double pattern[] = {dash, dash * 0.5};
        cairo_set_dash(cr, pattern, 2, 0.0);
    }
    trace_body(cr, shape);
    set_colour(cr, s.halo);
    cairo_set_line_width(cr, route.width_pt + 2.0 * s.halo_pt);
    cairo_stroke(cr);
    trace_body(cr, shape);
    const bool inferred = route.route.course_kind == CourseKind::inferred;
    set_colour(cr, colour, s.opacity * (inferred ? s.inferred_opacity : 1.0));
    cairo_set_line_width(cr, route.width_pt);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    trace_head(cr, shape);
    set_colour(cr, s.halo);
    cairo_set_line_width(cr, s.halo_pt);
    cairo_stroke_preserve(cr);
    set_colour(cr, colour);
    cairo_fill(cr);
}

}  // namespace

/// Advances first, then retreats on top; each leg with its own arrowhead. An inferred course
/// is drawn lighter than a stated one; its arrowhead is as strong.
void draw_routes(cairo_t* cr, const PageMap& map, const Style& style) {
    for (bool retreat : {false, true})
        for (const PageRoute& route : map.routes)
            if (route.route.retreat == retreat)
                draw_route(cr, route, style);
}

}  // namespace cm
