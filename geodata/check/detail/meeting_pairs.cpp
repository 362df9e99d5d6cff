#include "geodata/check/detail/meeting_pairs.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace cm::detail {
namespace {

struct Segment {
    std::size_t border;
    LonLat a, b;
    double west, south, east, north;
};

bool boxes_overlap(const Segment& s, const Segment& t) {
    return s.west <= t.east && t.west <= s.east && s.south <= t.north && t.south <= s.north;
}

/// Twice the signed area of the triangle (o, p, q).
double orientation(const LonLat& o, const LonLat& p, const LonLat& q) {
    return (p.lon - o.lon) * (q.lat - o.lat) - (p.lat - o.lat) * (q.lon - o.lon);
}

/// @returns whether @p s and @p t (of borders @p bs and @p bt) surely meet only at a vertex
/// they share that is an end of both borders: they share that vertex, and the far end of each
/// is clearly off the other's line (well beyond rounding), so they cannot overlap.
bool meet_only_at_a_shared_end(const Segment& s, const Border& bs, const Segment& t,
                               const Border& bt) {
    for (const LonLat& node : {s.a, s.b}) {
        if (!(node == t.a || node == t.b) || !is_border_end(bs, node) || !is_border_end(bt, node))
            continue;
        const LonLat& s_far = node == s.a ? s.b : s.a;
        const LonLat& t_far = node == t.a ? t.b : t.a;
        const double scale = std::max(std::hypot(s_far.lon - node.lon, s_far.lat - node.lat),
                                      std::hypot(t_far.lon - node.lon, t_far.lat - node.lat));
        // Apart: at an angle (far above the products' rounding, 1e-16 of scale squared, and
        // far below a real angle), or on one line in opposite directions.
        const double dot = (s_far.lon - node.lon) * (t_far.lon - node.lon) +
                           (s_far.lat - node.lat) * (t_far.lat - node.lat);
        return std::abs(orientation(node, s_far, t_far)) > 1e-9 * scale * scale || dot < 0.0;
    }
    return false;
}

}  // namespace

bool is_border_end(const Border& border, const LonLat& p) {
    return border.line.points.front() == p || border.line.points.back() == p;
}

std::vector<std::pair<std::size_t, std::size_t>> maybe_meeting_pairs(
    const std::vector<Border>& borders) {
    std::vector<Segment> segments;
    for (std::size_t i = 0; i < borders.size(); ++i) {
        const std::vector<LonLat>& points = borders[i].line.points;
        for (std::size_t k = 1; k < points.size(); ++k) {
            const LonLat a = points[k - 1], b = points[k];
            segments.push_back({i, a, b, std::min(a.lon, b.lon), std::min(a.lat, b.lat),
                                std::max(a.lon, b.lon), std::max(a.lat, b.lat)});
        }
    }
    // Sweep and prune: by west edge, each segment against those that start before it ends.
    std::sort(segments.begin(), segments.end(),
              [](const Segment& s, const Segment& t) { return s.west < t.west; });
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t x = 0; x < segments.size(); ++x)
        for (std::size_t y = x + 1; y < segments.size() && segments[y].west <= segments[x].east;
             ++y) {
            const Segment& s = segments[x];
            const Segment& t = segments[y];
            if (s.border == t.border || !boxes_overlap(s, t))
                continue;
            const auto pair = std::minmax(s.border, t.border);
            if (pairs.count(pair) ||
                meet_only_at_a_shared_end(s, borders[s.border], t, borders[t.border]))
                continue;
            pairs.insert(pair);
        }
    return {pairs.begin(), pairs.end()};
}

}  // namespace cm::detail
