#include "render/layers/route_course.hpp"

#include <algorithm>
#include <cmath>

namespace cm {
namespace {

double distance(PagePt a, PagePt b) {
    return std::hypot(b.x - a.x, b.y - a.y);
}

double offset(PagePt p, PagePt a, PagePt b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - a.x - dx * t, p.y - a.y - dy * t);
}

void keep_far(const std::vector<PagePt>& line, std::size_t a, std::size_t b, double tol,
              std::vector<bool>& keep) {
    double worst = -1.0;
    std::size_t at = a;
    for (std::size_t i = a + 1; i < b; ++i)
        if (const double d = offset(line[i], line[a], line[b]); d > worst)
            worst = d, at = i;
    if (worst <= tol)
        return;
    keep[at] = true;
    keep_far(line, a, at, tol, keep);
    keep_far(line, at, b, tol, keep);
}

}  // namespace

std::vector<PagePt> generalise_route(const std::vector<PagePt>& line, double tolerance_pt) {
    if (line.size() <= 2)
        return line;
    std::vector<bool> keep(line.size(), false);
    keep.front() = keep.back() = true;
    keep_far(line, 0, line.size() - 1, tolerance_pt, keep);
    std::vector<PagePt> out{line.front()};
    for (std::size_t i = 1; i + 1 < line.size(); ++i)
        if (keep[i] && distance(line[i], out.back()) >= tolerance_pt &&
            distance(line[i], line.back()) >= tolerance_pt)
            out.push_back(line[i]);
    out.push_back(line.back());
    return out;
}

std::vector<PagePt> stop_short(const std::vector<PagePt>& line, double gap_pt) {
    if (line.size() < 2 || gap_pt <= 0.0)
        return line;
    const PagePt end = line.back();
    std::size_t i = line.size() - 1;
    while (i > 0 && distance(line[i - 1], end) < gap_pt)
        --i;
    if (i == 0)
        return line;
    // line[i - 1] is outside the circle, line[i] inside: the crossing lies between them.
    const PagePt a = line[i - 1], b = line[i];
    double lo = 0.0, hi = 1.0;
    for (int k = 0; k < 50; ++k) {
        const double mid = (lo + hi) / 2.0;
        const PagePt p{a.x + (b.x - a.x) * mid, a.y + (b.y - a.y) * mid};
        (distance(p, end) > gap_pt ? lo : hi) = mid;
    }
    std::vector<PagePt> out(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(i));
    out.push_back({a.x + (b.x - a.x) * lo, a.y + (b.y - a.y) * lo});
    return out;
}

/// @returns the radius (pt) of the symbol drawn at the end of @p r, or 0 when none is: an
/// event's or a settlement's at its last place (not one at a region's centre, away from the
/// edge where the leg ends).
double target_radius_pt(const PageRoute& r, const std::vector<PageEvent>& events,
                        const std::vector<PagePlace>& settlements, const Style& style) {
    const std::string& id = r.route.place_ids.back();
    const PagePt end = r.points.back();
    const double gap = style.routes.arrow_gap_mm * kPtPerMm;
    const double event_r = style.symbols.event_mm * kPtPerMm / 2.0;
    for (const PageEvent& e : events)
        if (e.event.place_id == id && distance(e.at, end) < event_r + gap)
            return event_r;
    const double town_r = style.symbols.settlement_mm * kPtPerMm / 2.0;
    for (const PagePlace& p : settlements)
        if (p.id == id && distance(p.at, end) < town_r + gap)
            return town_r;
    return 0.0;
}

void stop_routes_short(std::vector<PageRoute>& routes, const std::vector<PageEvent>& events,
                       const std::vector<PagePlace>& settlements, const Style& style) {
    for (PageRoute& r : routes) {
        if (r.route.place_ids.empty() || r.points.empty())
            continue;
        const double radius = target_radius_pt(r, events, settlements, style);
        if (radius <= 0.0)
            continue;
        r.end_gap_pt = radius + style.routes.arrow_gap_mm * kPtPerMm;
        r.points = stop_short(r.points, r.end_gap_pt);
    }
}

}  // namespace cm
