#include "render/layers/route_course.hpp"

#include <algorithm>
#include <cmath>

namespace cm {
namespace {

double distance(PagePt a, PagePt b) {
    return std::hypot(b.x - a.x, b.y - a.y);
}

}  // namespace

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
