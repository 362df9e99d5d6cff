#include "render/layers/route_bundle.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace cm {
namespace {

/// A point is on another route's line when nearer to it than this (projection round-off).
constexpr double kOnLinePt = 1e-3;
constexpr double kEndSpacings = 4.0;

/// @returns how far @p p is from @p line and the line's direction there: its segment's, or
/// at a vertex the chord of its neighbours (so every leg through a point agrees on it).
std::pair<double, PagePt> nearest(const std::vector<PagePt>& line, PagePt p) {
    std::pair<double, PagePt> best{1e18, {0.0, 0.0}};
    for (std::size_t j = 0; j + 1 < line.size(); ++j) {
        const PagePt a = line[j], b = line[j + 1];
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        if (len2 <= 0)
            continue;
        const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
        const double d = std::hypot(p.x - a.x - dx * t, p.y - a.y - dy * t);
        if (d < best.first)
            best = {d, {dx, dy}};
    }
    for (std::size_t j = 0; j < line.size(); ++j)
        if (std::hypot(line[j].x - p.x, line[j].y - p.y) <= kOnLinePt) {
            const PagePt a = line[j == 0 ? 0 : j - 1], b = line[std::min(j + 1, line.size() - 1)];
            best.second = {b.x - a.x, b.y - a.y};
            break;
        }
    return best;
}

bool same_ends(const std::vector<PagePt>& a, const std::vector<PagePt>& b) {
    const auto same = [](PagePt p, PagePt q) { return p.x == q.x && p.y == q.y; };
    return (same(a.front(), b.front()) && same(a.back(), b.back())) ||
           (same(a.front(), b.back()) && same(a.back(), b.front()));
}

/// @returns @p along turned, if need be, to run from the lower end of @p line to its higher
/// one (the same for legs in opposite directions).
PagePt from_lower_end(PagePt along, const std::vector<PagePt>& line) {
    PagePt a = line.front(), b = line.back();
    if (std::make_pair(b.x, b.y) < std::make_pair(a.x, a.y))
        std::swap(a, b);
    const bool back = along.x * (b.x - a.x) + along.y * (b.y - a.y) < 0;
    return back ? PagePt{-along.x, -along.y} : along;
}

/// The sine of the angle from @p along to @p to as seen from @p from: > 0 on its left.
double side(PagePt along, PagePt from, PagePt to) {
    const double dx = to.x - from.x, dy = to.y - from.y, len = std::hypot(dx, dy);
    const double cross = along.y * dx - along.x * dy;  // the page's y runs down
    return len > 0 ? cross / (len * std::hypot(along.x, along.y)) : 0.0;
}

/// Where a leg through @p p going along @p along comes from and goes to, as one number: the
/// more to the left of its way, the higher (so legs part without crossing each other).
double key_of(const std::vector<PagePt>& line, PagePt p, PagePt along, PagePt own) {
    const bool forward = along.x * own.x + along.y * own.y >= 0;
    const PagePt ahead = forward ? line.back() : line.front();
    const PagePt behind = forward ? line.front() : line.back();
    return side(along, p, ahead) + side({-along.x, -along.y}, p, behind) * -1.0;
}

/// Legs leave and reach a place together: the share of its offset point @p k of @p line gets,
/// growing to all of it kEndSpacings from its ends.
double fade(const std::vector<PagePt>& line, std::size_t k, double spacing_pt) {
    const double from_end =
        std::min(std::hypot(line[k].x - line.front().x, line[k].y - line.front().y),
                 std::hypot(line[k].x - line.back().x, line[k].y - line.back().y));
    return std::min(1.0, from_end / (kEndSpacings * spacing_pt));
}

bool has_rooms(const PageRoute& r) {
    return r.room_left_pt.size() == r.points.size() && r.room_right_pt.size() == r.points.size();
}

/// @returns the room of @p q at its point at @p p (if it has one there, and rooms) to the left
/// and to the right of @p along; else as much as one likes.
std::pair<double, double> room_along(const PageRoute& q, PagePt p, PagePt along) {
    const std::vector<PagePt>& line = q.points;
    if (!has_rooms(q))
        return {1e18, 1e18};
    for (std::size_t j = 0; j < line.size(); ++j)
        if (std::hypot(line[j].x - p.x, line[j].y - p.y) <= kOnLinePt) {
            const PagePt a = line[j == 0 ? 0 : j - 1], b = line[std::min(j + 1, line.size() - 1)];
            const bool same = (b.x - a.x) * along.x + (b.y - a.y) * along.y >= 0.0;
            return same ? std::pair{q.room_left_pt[j], q.room_right_pt[j]}
                        : std::pair{q.room_right_pt[j], q.room_left_pt[j]};
        }
    return {1e18, 1e18};
}

/// The sideways move of point @p k of route @p r: by its rank among the routes whose line
/// passes there or which have its two ends (ordered by the side they come from and go to,
/// then as in @p routes), to one side of the first line through it.
PagePt offset_of(const std::vector<PageRoute>& routes, std::size_t r, std::size_t k,
                 double spacing_pt) {
    const std::vector<PagePt>& line = routes[r].points;
    std::vector<std::pair<std::size_t, PagePt>> members;  // route, its direction here
    PagePt along{0.0, 0.0};
    for (std::size_t q = 0; q < routes.size(); ++q) {
        const auto [distance, direction] = nearest(routes[q].points, line[k]);
        const bool on_line = distance <= kOnLinePt;
        if (!on_line && !same_ends(routes[q].points, line))
            continue;
        if (on_line && along.x == 0.0 && along.y == 0.0)
            along = from_lower_end(direction, routes[q].points);
        members.push_back({q, direction});
    }
    if (members.size() <= 1 || std::hypot(along.x, along.y) < 1e-9)
        return {0.0, 0.0};
    std::vector<std::pair<double, std::size_t>> order;
    for (const auto& [q, direction] : members)
        order.push_back({key_of(routes[q].points, line[k], along, direction), q});
    std::sort(order.begin(), order.end());
    const auto at =
        std::find_if(order.begin(), order.end(), [&](auto& o) { return o.second == r; });
    const double rank = static_cast<double>(at - order.begin());
    const double n = static_cast<double>(order.size());
    const double ramp = fade(line, k, spacing_pt);
    // Across the bundle (to the left of along, on the page): from lo to hi, around the course.
    const double hi = (n - 1.0) / 2.0 * spacing_pt * ramp, lo = -hi;
    double shift = lo + rank * spacing_pt * ramp;
    // The room the whole bundle has here, to either side: the least of its legs'.
    double left = 1e18, right = 1e18;
    for (const auto& member : members) {
        const auto [l, rr] = room_along(routes[member.first], line[k], along);
        left = std::min(left, l), right = std::min(right, rr);
    }
    if (hi - lo <= left + right)  // moved, whole, to the side with room
        shift += std::clamp(0.0, -right - lo, left - hi);
    else  // squeezed into the room, in the same order
        shift = -right + (shift - lo) / (hi - lo) * (left + right);
    const double len = std::hypot(along.x, along.y);
    return {along.y / len * shift, -along.x / len * shift};
}

double to_segment(PagePt p, PagePt a, PagePt b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - a.x - dx * t, p.y - a.y - dy * t);
}

/// Drops the inner points of @p r nearer than @p min_pt to the one kept before them, or to
/// its end: offsets at points so close would kink the curve through them. A point stays when
/// the line without it would pass farther from its course (@p course, before the offsets)
/// than the room there, the less of its two sides', allows.
void thin(PageRoute& r, const std::vector<PagePt>& course, double min_pt) {
    const std::vector<PagePt>& line = r.points;
    const bool roomy = has_rooms(r) && course.size() == line.size();
    std::vector<PagePt> out{line.front()};
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        const bool close =
            std::hypot(line[i].x - out.back().x, line[i].y - out.back().y) < min_pt ||
            std::hypot(line[i].x - line.back().x, line[i].y - line.back().y) < min_pt;
        const bool needed = roomy && to_segment(course[i], out.back(), line[i + 1]) >
                                         std::min(r.room_left_pt[i], r.room_right_pt[i]);
        if (!close || needed)
            out.push_back(line[i]);
    }
    out.push_back(line.back());
    r.points = std::move(out);
}

/// @returns @p move no longer than the room at point @p k of @p r, if it says, on the side
/// of @p r's way (the chord of its neighbours) the move goes to.
PagePt within_room(PagePt move, const PageRoute& r, std::size_t k) {
    const double len = std::hypot(move.x, move.y);
    if (!has_rooms(r) || len <= 0.0)
        return move;
    const PagePt a = r.points[k - 1], b = r.points[k + 1];
    // The left of a way along (x, y) on the page, whose y runs down, is (y, -x).
    const bool left = move.x * (b.y - a.y) - move.y * (b.x - a.x) > 0.0;
    const double room = left ? r.room_left_pt[k] : r.room_right_pt[k];
    if (len <= room)
        return move;
    const double keep = room / len;
    return {move.x * keep, move.y * keep};
}

}  // namespace

void offset_bundled_legs(std::vector<PageRoute>& routes, double spacing_pt) {
    if (spacing_pt == 0.0)
        return;
    for (PageRoute& r : routes)
        if (r.points.size() == 2) {
            r.points.insert(r.points.begin() + 1, {(r.points[0].x + r.points[1].x) / 2.0,
                                                   (r.points[0].y + r.points[1].y) / 2.0});
            for (std::vector<double>* room : {&r.room_left_pt, &r.room_right_pt})
                if (room->size() == 2)
                    room->insert(room->begin() + 1, std::min((*room)[0], (*room)[1]));
        }
    std::vector<std::vector<PagePt>> moves(routes.size()), courses(routes.size());
    for (std::size_t r = 0; r < routes.size(); ++r)
        courses[r] = routes[r].points;
    for (std::size_t r = 0; r < routes.size(); ++r)
        for (std::size_t k = 1; k + 1 < routes[r].points.size(); ++k)
            moves[r].push_back(within_room(offset_of(routes, r, k, spacing_pt), routes[r], k));
    for (std::size_t r = 0; r < routes.size(); ++r)
        for (std::size_t k = 0; k < moves[r].size(); ++k) {
            PagePt& p = routes[r].points[k + 1];
            p = {p.x + moves[r][k].x, p.y + moves[r][k].y};
        }
    for (std::size_t r = 0; r < routes.size(); ++r) {
        thin(routes[r], courses[r], spacing_pt);
        routes[r].room_left_pt.clear();
        routes[r].room_right_pt.clear();
    }
}

}  // namespace cm
