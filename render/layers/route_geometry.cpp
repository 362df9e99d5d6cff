#include "render/layers/route_geometry.hpp"

#include <algorithm>
#include <cmath>

#include "render/layers/route_bundle.hpp"

namespace cm {
namespace {

double distance(PagePt a, PagePt b) {
    return std::hypot(b.x - a.x, b.y - a.y);
}
constexpr double kRoomProbeKm = 10.0;

PagePt mix(PagePt a, PagePt b, double t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

/// Control point of a centripetal Catmull-Rom segment leaving @p p1 towards @p p2.
PagePt control(PagePt p0, PagePt p1, PagePt p2) {
    const double d1 = std::sqrt(distance(p0, p1)), d2 = std::sqrt(distance(p1, p2));
    if (d1 < 1e-9 || d2 < 1e-9)
        return mix(p1, p2, 1.0 / 3.0);
    const double k = 3.0 * d1 * (d1 + d2);
    const double w1 = d1 * d1, w2 = d2 * d2, w = 2.0 * w1 + 3.0 * d1 * d2 + w2;
    return {(w1 * p2.x - w2 * p0.x + w * p1.x) / k, (w1 * p2.y - w2 * p0.y + w * p1.y) / k};
}

/// Splits @p b at @p t and keeps the first part (de Casteljau).
Bezier first_part(const Bezier& b, double t) {
    const PagePt a = mix(b.p0, b.c1, t), m = mix(b.c1, b.c2, t), c = mix(b.c2, b.p3, t);
    const PagePt d = mix(a, m, t), e = mix(m, c, t);
    return {b.p0, a, d, mix(d, e, t)};
}

/// Shortens the curve so it ends @p cut_pt before its end (measured in a straight line).
void trim_end(std::vector<Bezier>& curve, double cut_pt) {
    const PagePt end = curve.back().p3;
    while (curve.size() > 1 && distance(curve.back().p0, end) < cut_pt)
        curve.pop_back();
    Bezier& last = curve.back();
    if (distance(last.p0, end) <= cut_pt) {
        last = Bezier{last.p0, last.p0, last.p0, last.p0};
        return;
    }
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 40; ++i) {
        const double mid = (lo + hi) / 2.0;
        (distance(point_at(last, mid), end) > cut_pt ? lo : hi) = mid;
    }
    last = first_part(last, lo);
}

/// Sets @p p's rooms (PageRoute::room_left_pt, room_right_pt) from @p r's, in km, at each of
/// its points; leaves them empty when it has none, or a position did not project.
void room_on_page(const SceneRoute& r, const detail::PageProjector& to_page, PageRoute& p) {
    const std::size_t n = r.course.size();
    if (r.course_room_left_km.size() != n || r.course_room_right_km.size() != n ||
        p.points.size() != n)
        return;
    std::vector<double> left, right;
    for (std::size_t i = 0; i < n; ++i) {
        const LonLat at = r.course[i];
        const std::optional<PagePt> north = to_page.point({at.lon, at.lat + kRoomProbeKm / 111.32});
        if (!north)
            return;
        const double pt_per_km = distance(p.points[i], *north) / kRoomProbeKm;
        left.push_back(r.course_room_left_km[i] * pt_per_km);
        right.push_back(r.course_room_right_km[i] * pt_per_km);
    }
    p.room_left_pt = std::move(left);
    p.room_right_pt = std::move(right);
}

}  // namespace

double route_width_pt(std::optional<long> strength, long weakest, long strongest,
                      const RouteStyle& style) {
    if (!strength)
        return style.default_pt;
    if (strongest <= weakest)
        return (style.min_pt + style.max_pt) / 2.0;
    const double t = static_cast<double>(*strength - weakest) / double(strongest - weakest);
    return style.min_pt + std::clamp(t, 0.0, 1.0) * (style.max_pt - style.min_pt);
}

std::vector<PageRoute> project_routes(const std::vector<SceneRoute>& routes,
                                      const RouteStyle& style,
                                      const detail::PageProjector& to_page) {
    long weakest = 0, strongest = 0;
    bool any = false;
    for (const SceneRoute& r : routes)
        if (r.strength) {
            weakest = any ? std::min(weakest, *r.strength) : *r.strength;
            strongest = any ? std::max(strongest, *r.strength) : *r.strength;
            any = true;
        }
    std::vector<PageRoute> out;
    for (const SceneRoute& r : routes) {
        PageRoute p{r, {}, route_width_pt(r.strength, weakest, strongest, style), 0.0, {}, {}};
        for (const LonLat& w : r.course.empty() ? r.waypoints : r.course)
            if (auto at = to_page.point(w))
                p.points.push_back(*at);
        room_on_page(r, to_page, p);
        if (p.points.size() >= 2)
            out.push_back(std::move(p));
    }
    if (!out.empty())
        offset_bundled_legs(out, style.offset_mm * kPtPerMm);
    return out;
}

PagePt point_at(const Bezier& b, double t) {
    const double u = 1.0 - t;
    const double a = u * u * u, c = 3 * u * u * t, d = 3 * u * t * t, e = t * t * t;
    return {a * b.p0.x + c * b.c1.x + d * b.c2.x + e * b.p3.x,
            a * b.p0.y + c * b.c1.y + d * b.c2.y + e * b.p3.y};
}

std::vector<Bezier> smooth_curve(const std::vector<PagePt>& points) {
    std::vector<Bezier> out;
    const std::size_t n = points.size();
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const PagePt p1 = points[i], p2 = points[i + 1];
        const PagePt p0 = i > 0 ? points[i - 1] : mix(p2, p1, 2.0);
        const PagePt p3 = i + 2 < n ? points[i + 2] : mix(p1, p2, 2.0);
        out.push_back(Bezier{p1, control(p0, p1, p2), control(p3, p2, p1), p2});
    }
    return out;
}

RouteShape route_shape(const std::vector<PagePt>& points, double width_pt,
                       const RouteStyle& style) {
    RouteShape shape;
    shape.body = smooth_curve(points);
    const Bezier& last = shape.body.back();
    shape.tip = last.p3;
    const double length = style.arrow_length_mm * kPtPerMm;
    const double half = std::max(width_pt * style.arrow_width_ratio, 2.0 * kPtPerMm) / 2.0;
    // The arrow points along the chord from where the curve is one arrow length from the tip.
    std::vector<Bezier> probe = shape.body;
    trim_end(probe, length);
    PagePt base = probe.back().p3;
    double len = distance(base, shape.tip);
    if (len < 1e-6)
        base = last.p0, len = std::max(distance(base, shape.tip), 1e-6);
    const double ux = (shape.tip.x - base.x) / len, uy = (shape.tip.y - base.y) / len;
    const PagePt foot{shape.tip.x - ux * length, shape.tip.y - uy * length};
    shape.left = {foot.x - uy * half, foot.y + ux * half};
    shape.right = {foot.x + uy * half, foot.y - ux * half};
    trim_end(shape.body, length * 0.8);
    return shape;
}

}  // namespace cm
