#include "area_fit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace cm {
namespace {

PageBox bounds_of(const std::vector<PagePt>& ring) {
    PageBox box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const PagePt& p : ring) {
        box.x0 = std::min(box.x0, p.x), box.x1 = std::max(box.x1, p.x);
        box.y0 = std::min(box.y0, p.y), box.y1 = std::max(box.y1, p.y);
    }
    return box;
}

PageBox bounds_of(const Rings& rings) {
    PageBox box{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
    for (const auto& ring : rings) {
        const PageBox b = bounds_of(ring);
        box.x0 = std::min(box.x0, b.x0), box.x1 = std::max(box.x1, b.x1);
        box.y0 = std::min(box.y0, b.y0), box.y1 = std::max(box.y1, b.y1);
    }
    if (box.x0 > box.x1)
        return {};
    return box;
}

double squared_segment_distance(PagePt p, PagePt a, PagePt b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy);
    return ex * ex + ey * ey;
}

double squared_box_distance(PagePt p, const PageBox& box) {
    const double dx = std::max({box.x0 - p.x, 0.0, p.x - box.x1});
    const double dy = std::max({box.y0 - p.y, 0.0, p.y - box.y1});
    return dx * dx + dy * dy;
}

/// @p rings cut into runs of consecutive edges, with the box of each run: a run whose box is
/// farther than the nearest edge found so far, or that no ray from the point to the right can
/// cross, is skipped whole. The polylabel search asks for thousands of depths in rings of
/// thousands of edges; a run of neighbouring edges has a small box, so most are skipped.
class BoxedRings {
  public:
    explicit BoxedRings(const Rings& rings) : m_rings(rings) {
        for (std::size_t r = 0; r < rings.size(); ++r) {
            const auto& ring = rings[r];
            for (std::size_t first = 0; first < ring.size(); first += kRunEdges) {
                const std::size_t end = std::min(ring.size(), first + kRunEdges);
                // Edge i runs from vertex i - 1 (the last for i = 0) to vertex i.
                PageBox box = point_box(ring[first == 0 ? ring.size() - 1 : first - 1]);
                for (std::size_t i = first; i < end; ++i)
                    box = {std::min(box.x0, ring[i].x), std::min(box.y0, ring[i].y),
                           std::max(box.x1, ring[i].x), std::max(box.y1, ring[i].y)};
                m_runs.push_back({r, first, end, box});
            }
        }
    }

    /// Signed distance from @p p to the nearest edge: positive inside (even-odd).
    double depth(PagePt p) const {
        bool inside = false;
        double nearest2 = std::numeric_limits<double>::max();
        for (const Run& run : m_runs) {
            const PageBox& box = run.box;
            const bool may_cross = p.y >= box.y0 && p.y < box.y1 && p.x < box.x1;
            const bool may_be_nearer = squared_box_distance(p, box) < nearest2;
            if (!may_cross && !may_be_nearer)
                continue;
            const auto& ring = m_rings[run.ring];
            for (std::size_t i = run.first; i < run.end; ++i) {
                const PagePt a = ring[i], b = ring[i == 0 ? ring.size() - 1 : i - 1];
                if (may_cross && (a.y > p.y) != (b.y > p.y) &&
                    p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                    inside = !inside;
                if (may_be_nearer)
                    nearest2 = std::min(nearest2, squared_segment_distance(p, b, a));
            }
        }
        const double nearest = std::sqrt(nearest2);
        return inside ? nearest : -nearest;
    }

  private:
    static constexpr std::size_t kRunEdges = 16;
    struct Run {
        std::size_t ring, first, end;  ///< edges [first, end) of ring
        PageBox box;
    };
    static PageBox point_box(PagePt p) { return {p.x, p.y, p.x, p.y}; }

    const Rings& m_rings;
    std::vector<Run> m_runs;
};

SegmentIndex edge_index(const Rings& rings, const PageBox& bounds) {
    const double cell = std::max({bounds.width(), bounds.height(), 1.0}) / 32.0;
    SegmentIndex index(bounds, cell);
    for (const auto& ring : rings)
        index.add(ring, 0.0, 0, true);
    return index;
}

/// A square cell of the polylabel search: its centre, half its side, the depth of its centre
/// and the most any point in it can have.
struct Cell {
    PagePt centre;
    double half, depth, potential;
};

Cell make_cell(const BoxedRings& rings, PagePt centre, double half) {
    const double depth = rings.depth(centre);
    return {centre, half, depth, depth + half * std::sqrt(2.0)};
}

}  // namespace

namespace detail {

bool inside_rings(const Rings& rings, PagePt p) {
    bool inside = false;
    for (const auto& ring : rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const PagePt a = ring[i], b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
    return inside;
}

double depth_in(const Rings& rings, PagePt p) {
    return BoxedRings(rings).depth(p);
}

namespace {

PagePt pole_in(const BoxedRings& rings, const PageBox& box, double precision_pt) {
    const PagePt middle{(box.x0 + box.x1) / 2.0, (box.y0 + box.y1) / 2.0};
    const double side = std::min(box.width(), box.height());
    if (!(side > 0.0))
        return middle;
    auto lower = [](const Cell& a, const Cell& b) { return a.potential < b.potential; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(lower)> queue(lower);
    for (double x = box.x0; x < box.x1; x += side)
        for (double y = box.y0; y < box.y1; y += side)
            queue.push(make_cell(rings, {x + side / 2.0, y + side / 2.0}, side / 2.0));
    Cell best = make_cell(rings, middle, 0.0);
    // Bounded: each split halves the cell, so the search ends well before this many steps.
    for (int step = 0; !queue.empty() && step < 20000; ++step) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.depth > best.depth)
            best = cell;
        if (cell.potential - best.depth <= precision_pt)
            continue;
        const double h = cell.half / 2.0;
        for (const double dx : {-h, h})
            for (const double dy : {-h, h})
                queue.push(make_cell(rings, {cell.centre.x + dx, cell.centre.y + dy}, h));
    }
    return best.centre;
}

}  // namespace

PagePt pole_of_inaccessibility(const Rings& rings, double precision_pt) {
    return pole_in(BoxedRings(rings), bounds_of(rings), precision_pt);
}

std::vector<PagePt> interior_points(const Rings& rings, std::size_t count) {
    const BoxedRings boxed(rings);
    const PageBox box = bounds_of(rings);
    const double spacing = std::min(box.width(), box.height()) / 4.0;
    std::vector<PagePt> out{pole_in(boxed, box, 1.0)};
    if (!(spacing > 0.0) || boxed.depth(out.front()) <= 0.0)
        return {};
    constexpr int kSamples = 16;
    std::vector<std::pair<double, PagePt>> samples;
    for (int i = 0; i < kSamples; ++i)
        for (int j = 0; j < kSamples; ++j) {
            const PagePt p{box.x0 + (i + 0.5) * box.width() / kSamples,
                           box.y0 + (j + 0.5) * box.height() / kSamples};
            if (const double d = boxed.depth(p); d > 0.0)
                samples.push_back({d, p});
        }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& sample : samples) {
        if (out.size() >= count)
            break;
        const PagePt& p = sample.second;
        const bool apart = std::all_of(out.begin(), out.end(), [&](const PagePt& q) {
            return std::hypot(p.x - q.x, p.y - q.y) >= spacing;
        });
        if (apart)
            out.push_back(p);
    }
    return out;
}

}  // namespace detail

AreaFit::AreaFit(const Rings& rings)
    : m_rings(rings), m_bounds(bounds_of(rings)), m_edges(edge_index(rings, m_bounds)) {}

bool AreaFit::contains(const PageBox& box) const {
    if (box.x0 < m_bounds.x0 || box.x1 > m_bounds.x1 || box.y0 < m_bounds.y0 ||
        box.y1 > m_bounds.y1)
        return false;
    if (m_edges.first_hit(box))
        return false;
    return detail::inside_rings(m_rings, {(box.x0 + box.x1) / 2.0, (box.y0 + box.y1) / 2.0});
}

}  // namespace cm
