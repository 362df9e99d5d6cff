// Line labels: the name set along its river, one grapheme cluster at a time, each
// turned to the local direction of the line.

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

#include "render/labels/candidates.hpp"
#include "render/labels/detail/polyline.hpp"

namespace cm {
namespace {

constexpr double kDegree = std::numbers::pi / 180.0;
/// Largest turn between neighbouring letters: beyond it letters collide on the inside
/// of the bend and splay on the outside.
constexpr double kMaxLetterTurn = 22.0 * kDegree;
/// Largest total turn under one label, so it stays readable as one word.
constexpr double kMaxLabelTurn = 70.0 * kDegree;
constexpr std::size_t kMaxCandidates = 96;

struct Scored {
    double score;
    Candidate candidate;
};

/// Reads left to right on the page (vertical stretches read upwards).
bool reads_rightwards(PagePt from, PagePt to) {
    const double dx = to.x - from.x;
    const double dy = to.y - from.y;
    const double len = std::hypot(dx, dy);
    if (len == 0.0)
        return false;
    if (std::abs(dx) <= 1e-6 * len)
        return dy < 0.0;
    return dx > 0.0;
}

double wrapped(double angle) {
    while (angle > std::numbers::pi)
        angle -= 2.0 * std::numbers::pi;
    while (angle < -std::numbers::pi)
        angle += 2.0 * std::numbers::pi;
    return angle;
}

PageBox rotated_box(const PlacedRun& run, double top, double bottom, double pad) {
    const double c = std::cos(run.angle_rad);
    const double s = std::sin(run.angle_rad);
    PageBox box{1e300, 1e300, -1e300, -1e300};
    for (const double u : {-pad, run.advance_pt + pad}) {
        for (const double v : {top - pad, bottom + pad}) {
            const double x = run.origin.x + u * c - v * s;
            const double y = run.origin.y + u * s + v * c;
            box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x),
                   std::max(box.y1, y)};
        }
    }
    return box;
}

/// Places each cluster on @p line from arc length @p start; empty when a bend is too
/// sharp for the letters.
std::optional<Candidate> set_along(const LabelRequest& request, const SetText& set,
                                   const detail::Polyline& line, double start) {
    const double size = request.font.size_pt;
    // The baseline sits just above the line, so the halo clears the line's edge and
    // only descenders cross it; capped so the name stays close to what it names.
    const double lift = request.clearance_pt + std::min(request.font.halo_pt, 0.15 * size);
    const double top = std::min(set.ink_top_pt, -detail::cap_height_pt(request.font));
    const double bottom = std::max(set.ink_bottom_pt, 0.0);
    const double pad = detail::padding_pt(request.font);
    // Letters whose form depends on their neighbours are drawn from the whole label's
    // shaping; the others as clusters of their own.
    const std::string whole = detail::has_joining_letters(set.display) ? set.display : "";
    Candidate candidate;
    double previous = 0.0;
    for (std::size_t i = 0; i < set.clusters.size(); ++i) {
        const LabelCluster& cluster = set.clusters[i];
        const double s = start + cluster.x_pt + cluster.advance_pt / 2.0;
        const PagePt t = line.direction(s, std::max(cluster.advance_pt, 0.6 * size));
        const double angle = std::atan2(t.y, t.x);
        if (i > 0 && std::abs(wrapped(angle - previous)) > kMaxLetterTurn)
            return std::nullopt;
        previous = angle;
        const PagePt on_line = line.at(s);
        const PagePt up{t.y, -t.x};
        const double half = cluster.advance_pt / 2.0;
        const PagePt origin{on_line.x + up.x * lift - t.x * half,
                            on_line.y + up.y * lift - t.y * half};
        PlacedRun run{cluster.text, origin, angle, cluster.advance_pt, whole, cluster.offset};
        candidate.boxes.push_back(rotated_box(run, top, bottom, pad));
        candidate.runs.push_back(std::move(run));
    }
    return candidate;
}

void collect_along(const LabelRequest& request, const SetText& set, const detail::Polyline& line,
                   std::vector<Scored>& out) {
    const double length = line.length();
    const double width = set.advance_pt;
    const double first = std::min(0.05 * length, (length - width) / 2.0);
    const double last = length - width - first;
    const double step = std::max(0.5 * request.font.size_pt, (last - first) / 48.0);
    for (double start = first; start <= last + 1e-9; start += step) {
        if (!reads_rightwards(line.at(start), line.at(start + width)))
            continue;
        // Bends just beyond the ends count too: a short straight piece between two
        // kinks is no place for a name.
        const double margin = request.font.size_pt;
        const double turn = line.turning(start - margin, start + width + margin);
        if (turn > kMaxLabelTurn)
            continue;
        auto candidate = set_along(request, set, line, start);
        if (!candidate)
            continue;
        const double off_centre = std::abs(start + width / 2.0 - length / 2.0) / length;
        out.push_back({turn / kDegree + 40.0 * off_centre, std::move(*candidate)});
    }
}

}  // namespace

std::vector<Candidate> line_candidates(const LabelRequest& request, const SetText& set) {
    const detail::Polyline line(request.path);
    if (set.clusters.empty() || set.advance_pt > 0.95 * line.length())
        return {};
    std::vector<Scored> scored;
    collect_along(request, set, line, scored);
    collect_along(request, set, line.reversed(), scored);
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored& a, const Scored& b) { return a.score < b.score; });
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < scored.size() && i < kMaxCandidates; ++i)
        candidates.push_back(std::move(scored[i].candidate));
    return candidates;
}

}  // namespace cm
