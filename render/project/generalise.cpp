#include "render/project/generalise.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>

namespace cm {
namespace {

/// Nodes closer than this (points) are one place.
constexpr double kSamePlacePt = 1e-3;

bool before(const PagePt& a, const PagePt& b) {
    return a.x < b.x || (a.x == b.x && a.y < b.y);
}

/// Squared distance from @p p to the segment @p a @p b (to the point where they are one).
double distance2(const PagePt& p, const PagePt& a, const PagePt& b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    double t = len2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
    return ex * ex + ey * ey;
}

/// Douglas-Peucker on @p piece (ends kept): marks in @p keep the vertices that stay.
void mark_kept(const std::vector<PagePt>& piece, double tolerance2, std::vector<char>& keep) {
    keep.assign(piece.size(), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, piece.size() - 1}};
    while (!spans.empty()) {
        const auto [i, j] = spans.back();
        spans.pop_back();
        std::size_t far = i;
        double far2 = tolerance2;
        for (std::size_t k = i + 1; k < j; ++k)
            if (const double d2 = distance2(piece[k], piece[i], piece[j]); d2 > far2)
                far = k, far2 = d2;
        if (far == i)
            continue;
        keep[far] = 1;
        spans.emplace_back(i, far);
        spans.emplace_back(far, j);
    }
}

/// Appends to @p out the vertices of @p piece that stay, all but its last. The piece is
/// simplified from its lesser end (by x, then y), so that it gives the same points whichever
/// way a line runs along it.
void append_piece(std::vector<PagePt> piece, double tolerance2, std::vector<PagePt>& out) {
    const bool reversed = before(piece.back(), piece.front());
    if (reversed)
        std::reverse(piece.begin(), piece.end());
    std::vector<char> keep;
    mark_kept(piece, tolerance2, keep);
    if (reversed) {
        std::reverse(piece.begin(), piece.end());
        std::reverse(keep.begin(), keep.end());
    }
    for (std::size_t k = 0; k + 1 < piece.size(); ++k)
        if (keep[k])
            out.push_back(piece[k]);
}

/// @p points cut at @p cuts (indices, ascending, the first 0 and the last points.size() - 1),
/// each piece simplified; @returns the vertices that stay, the last one included.
std::vector<PagePt> generalise_pieces(const std::vector<PagePt>& points,
                                      const std::vector<std::size_t>& cuts, double tolerance_pt) {
    std::vector<PagePt> out;
    const double tolerance2 = tolerance_pt * tolerance_pt;
    for (std::size_t c = 0; c + 1 < cuts.size(); ++c)
        append_piece({points.begin() + static_cast<std::ptrdiff_t>(cuts[c]),
                      points.begin() + static_cast<std::ptrdiff_t>(cuts[c + 1]) + 1},
                     tolerance2, out);
    out.push_back(points.back());
    return out;
}

}  // namespace

PageNodes::PageNodes(std::vector<PagePt> nodes) : m_nodes(std::move(nodes)) {
    std::sort(m_nodes.begin(), m_nodes.end(), before);
}

bool PageNodes::contains(const PagePt& p) const {
    auto it = std::lower_bound(m_nodes.begin(), m_nodes.end(), PagePt{p.x - kSamePlacePt, 0.0},
                               [](const PagePt& a, const PagePt& b) { return a.x < b.x; });
    for (; it != m_nodes.end() && it->x <= p.x + kSamePlacePt; ++it)
        if (std::abs(it->y - p.y) <= kSamePlacePt)
            return true;
    return false;
}

std::vector<PagePt> generalise_line(const std::vector<PagePt>& line, const PageNodes& nodes,
                                    double tolerance_pt) {
    assert(tolerance_pt >= 0.0);
    if (line.size() < 3)
        return line;
    std::vector<std::size_t> cuts{0};
    for (std::size_t i = 1; i + 1 < line.size(); ++i)
        if (nodes.contains(line[i]))
            cuts.push_back(i);
    cuts.push_back(line.size() - 1);
    return generalise_pieces(line, cuts, tolerance_pt);
}

std::vector<PagePt> generalise_ring(const std::vector<PagePt>& ring, const PageNodes& nodes,
                                    double tolerance_pt) {
    assert(tolerance_pt >= 0.0);
    std::size_t n = ring.size();
    const bool closed = n > 1 && ring.front() == ring.back();
    if (closed)
        --n;  // the repeated first vertex
    if (n < 3)
        return {};
    std::vector<std::size_t> at_nodes;
    for (std::size_t i = 0; i < n; ++i)
        if (nodes.contains(ring[i]))
            at_nodes.push_back(i);
    std::size_t start = 0;
    if (!at_nodes.empty())
        start = at_nodes.front();
    else
        for (std::size_t i = 1; i < n; ++i)
            if (before(ring[i], ring[start]))
                start = i;
    std::vector<PagePt> turned;  // from the start round to it again
    turned.reserve(n + 1);
    for (std::size_t k = 0; k <= n; ++k)
        turned.push_back(ring[(start + k) % n]);
    std::vector<std::size_t> cuts{0};
    for (const std::size_t i : at_nodes)
        if (i != start)
            cuts.push_back(i - start);  // at_nodes ascends from start
    cuts.push_back(n);
    std::vector<PagePt> out = generalise_pieces(turned, cuts, tolerance_pt);
    out.pop_back();  // the start again
    if (out.size() < 3)
        return {};
    if (closed)
        out.push_back(out.front());
    return out;
}

}  // namespace cm
