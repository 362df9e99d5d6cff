#include "geodata/io/detail/box_clip.hpp"

#include <algorithm>
#include <cmath>

namespace cm::detail {
namespace {

/// One side of the box: the half plane kept, and where an edge crosses its line.
struct Side {
    enum Axis { lon, lat } axis;
    double at;
    bool keep_above;  ///< keeps the points whose coordinate is at least @ref at

    bool keeps(const LonLat& p) const {
        const double v = axis == lon ? p.lon : p.lat;
        return keep_above ? v >= at : v <= at;
    }
    LonLat crossing(const LonLat& a, const LonLat& b) const {
        if (axis == lon) {
            const double t = (at - a.lon) / (b.lon - a.lon);
            return {at, a.lat + (b.lat - a.lat) * t};
        }
        const double t = (at - a.lat) / (b.lat - a.lat);
        return {a.lon + (b.lon - a.lon) * t, at};
    }
};

std::vector<Side> sides_of(const Bounds& box) {
    return {{Side::lon, box.west, true},
            {Side::lon, box.east, false},
            {Side::lat, box.south, true},
            {Side::lat, box.north, false}};
}

/// Twice the signed area of the open ring @p ring.
double twice_area(const std::vector<LonLat>& ring) {
    double sum = 0.0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += (ring[j].lon - ring[i].lon) * (ring[j].lat + ring[i].lat);
    return sum;
}

}  // namespace

std::vector<LonLat> clip_ring_to_box(const std::vector<LonLat>& ring, const Bounds& box) {
    std::vector<LonLat> in = ring;
    if (in.size() > 1 && in.front() == in.back())  // closed: its last point is its first
        in.pop_back();
    std::vector<LonLat> out;
    for (const Side& side : sides_of(box)) {
        out.clear();
        for (std::size_t i = 0; i < in.size(); ++i) {
            const LonLat& a = in[i == 0 ? in.size() - 1 : i - 1];
            const LonLat& b = in[i];
            const bool a_in = side.keeps(a), b_in = side.keeps(b);
            if (a_in != b_in)
                out.push_back(side.crossing(a, b));
            if (b_in)
                out.push_back(b);
        }
        in.swap(out);
        if (in.empty())
            return {};
    }
    // Repeated points (a vertex on a side yields it twice) carry no edge.
    in.erase(std::unique(in.begin(), in.end()), in.end());
    while (in.size() > 1 && in.front() == in.back())
        in.pop_back();
    if (in.size() < 3 || !(std::abs(twice_area(in)) > 0.0))
        return {};
    return in;
}

std::vector<std::vector<LonLat>> clip_line_to_box(const std::vector<LonLat>& line,
                                                  const Bounds& box) {
    std::vector<std::vector<LonLat>> parts;
    std::vector<LonLat> part;
    const auto finish = [&] {
        if (part.size() >= 2)
            parts.push_back(std::move(part));
        part.clear();
    };
    for (std::size_t i = 1; i < line.size(); ++i) {
        // Liang-Barsky: the stretch [t0, t1] of the segment a-b inside the box.
        const LonLat a = line[i - 1], b = line[i];
        const double d_lon = b.lon - a.lon, d_lat = b.lat - a.lat;
        double t0 = 0.0, t1 = 1.0;
        bool inside = true;
        const auto limit = [&](double p, double q) {  // keeps t where p * t <= q
            if (p == 0.0) {
                inside = inside && q >= 0.0;
                return;
            }
            const double t = q / p;
            if (p < 0.0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
        };
        limit(-d_lon, a.lon - box.west);
        limit(d_lon, box.east - a.lon);
        limit(-d_lat, a.lat - box.south);
        limit(d_lat, box.north - a.lat);
        if (!inside || t0 >= t1) {
            finish();
            continue;
        }
        const LonLat from = t0 > 0.0 ? LonLat{a.lon + d_lon * t0, a.lat + d_lat * t0} : a;
        const LonLat to = t1 < 1.0 ? LonLat{a.lon + d_lon * t1, a.lat + d_lat * t1} : b;
        if (part.empty() || !(part.back() == from)) {
            finish();
            part.push_back(from);
        }
        part.push_back(to);
    }
    finish();
    return parts;
}

}  // namespace cm::detail
