#include "render/project/densify.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace cm {

std::vector<LonLat> densify(const std::vector<LonLat>& line, double max_step_deg) {
    assert(max_step_deg > 0.0);
    std::vector<LonLat> out;
    if (line.empty())
        return out;
    out.reserve(line.size());
    out.push_back(line.front());
    for (std::size_t i = 1; i < line.size(); ++i) {
        const LonLat& a = line[i - 1];
        const LonLat& b = line[i];
        const double span = std::max(std::abs(b.lon - a.lon), std::abs(b.lat - a.lat));
        const int steps = std::max(1, static_cast<int>(std::ceil(span / max_step_deg)));
        for (int k = 1; k < steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            out.push_back({a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t});
        }
        out.push_back(b);
    }
    return out;
}

Bounds grow(const Bounds& b, double fraction) {
    const double dx = (b.east - b.west) * fraction;
    const double dy = (b.north - b.south) * fraction;
    return {b.west - dx, b.south - dy, b.east + dx, b.north + dy, b.empty};
}

bool overlaps(const Bounds& a, const Bounds& b) {
    return !a.empty && !b.empty && a.west <= b.east && b.west <= a.east && a.south <= b.north &&
           b.south <= a.north;
}

namespace {

bool inside(const LonLat& p, const Bounds& w) {
    return w.west <= p.lon && p.lon <= w.east && w.south <= p.lat && p.lat <= w.north;
}

/// The part of segment a-b inside the window (Liang–Barsky), or false when none is.
bool clip_segment(LonLat& a, LonLat& b, const Bounds& w) {
    const double dx = b.lon - a.lon;
    const double dy = b.lat - a.lat;
    double t0 = 0.0;
    double t1 = 1.0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.lon - w.west, w.east - a.lon, a.lat - w.south, w.north - a.lat};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const LonLat start{a.lon + dx * t0, a.lat + dy * t0};
    b = {a.lon + dx * t1, a.lat + dy * t1};
    a = start;
    return true;
}

/// One Sutherland–Hodgman pass against the half-plane where keep(p) holds; cross(a, b) is
/// the point where the edge a-b crosses the boundary.
template <typename Keep, typename Cross>
Ring clip_half(const Ring& ring, Keep keep, Cross cross) {
    Ring out;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const LonLat& cur = ring[i];
        const LonLat& prev = ring[(i + ring.size() - 1) % ring.size()];
        if (keep(cur)) {
            if (!keep(prev))
                out.push_back(cross(prev, cur));
            out.push_back(cur);
        } else if (keep(prev)) {
            out.push_back(cross(prev, cur));
        }
    }
    return out;
}

LonLat at_lon(const LonLat& a, const LonLat& b, double lon) {
    const double t = (lon - a.lon) / (b.lon - a.lon);
    return {lon, a.lat + (b.lat - a.lat) * t};
}

LonLat at_lat(const LonLat& a, const LonLat& b, double lat) {
    const double t = (lat - a.lat) / (b.lat - a.lat);
    return {a.lon + (b.lon - a.lon) * t, lat};
}

}  // namespace

std::vector<std::vector<LonLat>> clip_line(const std::vector<LonLat>& line, const Bounds& window) {
    std::vector<std::vector<LonLat>> parts;
    std::vector<LonLat> current;
    for (std::size_t i = 1; i < line.size(); ++i) {
        LonLat a = line[i - 1];
        LonLat b = line[i];
        if (!clip_segment(a, b, window))
            continue;
        if (!current.empty() && !(current.back() == a)) {
            parts.push_back(std::move(current));
            current.clear();
        }
        if (current.empty())
            current.push_back(a);
        current.push_back(b);
        if (!inside(line[i], window)) {
            parts.push_back(std::move(current));
            current.clear();
        }
    }
    if (current.size() >= 2)
        parts.push_back(std::move(current));
    return parts;
}

Ring clip_ring(const Ring& ring, const Bounds& w) {
    if (ring.size() < 3)
        return {};
    Ring open(ring.begin(), ring.end() - (ring.front() == ring.back() ? 1 : 0));
    if (std::all_of(open.begin(), open.end(), [&](const LonLat& p) { return inside(p, w); }))
        return ring;
    open = clip_half(
        open, [&](const LonLat& p) { return p.lon >= w.west; },
        [&](const LonLat& a, const LonLat& b) { return at_lon(a, b, w.west); });
    open = clip_half(
        open, [&](const LonLat& p) { return p.lon <= w.east; },
        [&](const LonLat& a, const LonLat& b) { return at_lon(a, b, w.east); });
    open = clip_half(
        open, [&](const LonLat& p) { return p.lat >= w.south; },
        [&](const LonLat& a, const LonLat& b) { return at_lat(a, b, w.south); });
    open = clip_half(
        open, [&](const LonLat& p) { return p.lat <= w.north; },
        [&](const LonLat& a, const LonLat& b) { return at_lat(a, b, w.north); });
    if (open.size() < 3)
        return {};
    open.push_back(open.front());
    return open;
}

PolygonGeometry clip_polygons(const PolygonGeometry& g, const Bounds& window) {
    PolygonGeometry out;
    for (const Polygon& polygon : g.polygons) {
        Polygon kept;
        for (const Ring& ring : polygon.rings) {
            Ring clipped = clip_ring(ring, window);
            if (clipped.empty() && kept.rings.empty())
                break;  // the outer ring vanished
            if (!clipped.empty())
                kept.rings.push_back(std::move(clipped));
        }
        if (!kept.rings.empty())
            out.polygons.push_back(std::move(kept));
    }
    return out;
}

MultiLineGeometry clip_lines(const MultiLineGeometry& g, const Bounds& window) {
    MultiLineGeometry out;
    for (const auto& line : g.lines)
        for (auto& part : clip_line(line, window))
            out.lines.push_back(std::move(part));
    return out;
}

}  // namespace cm
