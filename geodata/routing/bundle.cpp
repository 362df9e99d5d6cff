#include "geodata/routing/bundle.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cm {
namespace {

constexpr double kKmPerDeg = 111.32;
constexpr double kPi = 3.14159265358979323846;
constexpr double kEndShare = 2.0;

/// A position on a course's line: segment index plus the share along it (0..1).
struct OnLine {
    std::size_t course = 0;  ///< index into the earlier lines
    double at = 0.0;         ///< segment index + share
};

struct Xy {
    double x, y;
};

/// @returns @p p in km on a plane tangent at latitude @p lat0 (enough within a corridor).
Xy plane(LonLat p, double lat0) {
    return {p.lon * kKmPerDeg * std::cos(lat0 * kPi / 180.0), p.lat * kKmPerDeg};
}

double km(LonLat a, LonLat b) {
    const Xy p = plane(a, a.lat), q = plane(b, a.lat);
    return std::hypot(q.x - p.x, q.y - p.y);
}

LonLat point_on(const std::vector<LonLat>& line, double at) {
    const std::size_t j = std::min(static_cast<std::size_t>(at), line.size() - 2);
    const double t = at - static_cast<double>(j);
    return {line[j].lon + (line[j + 1].lon - line[j].lon) * t,
            line[j].lat + (line[j + 1].lat - line[j].lat) * t};
}

/// @returns where on @p line @p p is nearest and how far (km).
std::pair<double, double> nearest_on(const std::vector<LonLat>& line, LonLat p) {
    std::pair<double, double> best{0.0, 1e18};
    const Xy q = plane(p, p.lat);
    for (std::size_t j = 0; j + 1 < line.size(); ++j) {
        const Xy a = plane(line[j], p.lat), b = plane(line[j + 1], p.lat);
        const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const double t =
            len2 > 0 ? std::clamp(((q.x - a.x) * dx + (q.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
        const double d = std::hypot(q.x - a.x - dx * t, q.y - a.y - dy * t);
        if (d < best.second)
            best = {static_cast<double>(j) + t, d};
    }
    return best;
}

/// @returns where @p p snaps onto the nearest of @p earlier, if within @p tolerance_km; on a
/// vertex of it when one is within @p tidy_km of that point.
std::optional<OnLine> snap(const std::vector<const std::vector<LonLat>*>& earlier, LonLat p,
                           double tolerance_km, double tidy_km) {
    std::optional<OnLine> best;
    double best_km = tolerance_km;
    for (std::size_t c = 0; c < earlier.size(); ++c)
        if (const auto [at, d] = nearest_on(*earlier[c], p); d <= best_km)
            best = OnLine{c, at}, best_km = d;
    if (!best)
        return best;
    const std::vector<LonLat>& line = *earlier[best->course];
    const LonLat on = point_on(line, best->at);
    for (const double vertex : {std::floor(best->at), std::ceil(best->at)})
        if (km(on, line[static_cast<std::size_t>(vertex)]) < tidy_km)
            best->at = vertex;
    return best;
}

/// @returns the length (km) of @p line between positions @p from and @p to.
double length_between(const std::vector<LonLat>& line, double from, double to) {
    const double lo = std::min(from, to), hi = std::max(from, to);
    double sum = 0.0;
    LonLat last = point_on(line, lo);
    for (double v = std::floor(lo) + 1.0; v < hi; v += 1.0)
        sum += km(last, line[static_cast<std::size_t>(v)]),
            last = line[static_cast<std::size_t>(v)];
    return sum + km(last, point_on(line, hi));
}

/// A vertex of the new line and whether it lies on an earlier line.
struct Vertex {
    LonLat at;
    bool shared = false;
};

/// Appends the vertices of @p line strictly between positions @p from and @p to, in the
/// order from → to, when that stretch runs alongside (not far round) the straight way.
void take_over(std::vector<Vertex>& out, const std::vector<LonLat>& line, double from, double to) {
    const double straight = km(point_on(line, from), point_on(line, to));
    if (length_between(line, from, to) > 1.5 * straight + 1e-9)
        return;
    if (from < to)
        for (double v = std::floor(from) + 1.0; v < to; v += 1.0)
            out.push_back({line[static_cast<std::size_t>(v)], true});
    else
        for (double v = std::ceil(from) - 1.0; v > to; v -= 1.0)
            out.push_back({line[static_cast<std::size_t>(v)], true});
}

/// Drops unshared inner vertices within @p tidy_km of the one kept before, or of the next.
std::vector<LonLat> tidy(const std::vector<Vertex>& line, double tidy_km) {
    std::vector<LonLat> out{line.front().at};
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        const bool close =
            km(line[i].at, out.back()) < tidy_km || km(line[i].at, line[i + 1].at) < tidy_km;
        if (line[i].at == out.back() || (!line[i].shared && close))
            continue;
        out.push_back(line[i].at);
    }
    if (!(line.back().at == out.back()) || out.size() == 1)
        out.push_back(line.back().at);
    return out;
}

/// Near its ends a course keeps its own way (legs from one place part there anyway).
bool away_from_ends(const std::vector<LonLat>& line, LonLat p, double tolerance_km) {
    return km(p, line.front()) > kEndShare * tolerance_km &&
           km(p, line.back()) > kEndShare * tolerance_km;
}

/// @returns @p line with the vertices of @p earlier that lie within @p tolerance_km of one of
/// its segments (beside it, not beyond its ends) added there in order, so that a long
/// segment running along an earlier line takes over its bends.
std::vector<LonLat> densified(const std::vector<LonLat>& line,
                              const std::vector<const std::vector<LonLat>*>& earlier,
                              double tolerance_km) {
    std::vector<LonLat> out{line.front()};
    for (std::size_t j = 0; j + 1 < line.size(); ++j) {
        const std::vector<LonLat> segment{line[j], line[j + 1]};
        std::vector<std::pair<double, LonLat>> beside;
        for (const std::vector<LonLat>* other : earlier)
            for (const LonLat& v : *other)
                if (const auto [at, d] = nearest_on(segment, v);
                    d <= tolerance_km && at > 0.0 && at < 1.0 &&
                    away_from_ends(line, v, tolerance_km))
                    beside.push_back({at, v});
        std::sort(beside.begin(), beside.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [at, v] : beside)
            out.push_back(v);
        out.push_back(line[j + 1]);
    }
    return out;
}

std::vector<LonLat> bundled(const std::vector<LonLat>& course,
                            const std::vector<const std::vector<LonLat>*>& earlier,
                            double tolerance_km, double tidy_km) {
    const std::vector<LonLat> line = densified(course, earlier, tolerance_km);
    std::vector<Vertex> out{{line.front(), false}};
    std::optional<OnLine> last;
    for (std::size_t i = 1; i + 1 < line.size(); ++i) {
        const std::optional<OnLine> on = away_from_ends(line, line[i], tolerance_km)
                                             ? snap(earlier, line[i], tolerance_km, tidy_km)
                                             : std::nullopt;
        if (!on) {
            out.push_back({line[i], false});
        } else {
            const std::vector<LonLat>& other = *earlier[on->course];
            if (last && last->course == on->course)
                take_over(out, other, last->at, on->at);
            out.push_back({point_on(other, on->at), true});
        }
        last = on;
    }
    out.push_back({line.back(), false});
    return tidy(out, tidy_km);
}

}  // namespace

void bundle_courses(CourseTable& table, const std::vector<std::string>& order, double tolerance_km,
                    double tidy_km) {
    std::vector<const std::vector<LonLat>*> earlier;
    for (const std::string& key : order) {
        const auto it = table.courses.find(key);
        if (it == table.courses.end() || it->second.kind != CourseKind::inferred ||
            it->second.line.size() < 2)  // a course of one point shares no stretch
            continue;
        std::vector<LonLat>& line = it->second.line;
        line = bundled(line, earlier, tolerance_km, tidy_km);
        earlier.push_back(&line);
    }
}

}  // namespace cm
