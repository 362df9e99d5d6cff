#include "segment_index.hpp"

#include <algorithm>
#include <cmath>

namespace cm {
namespace {

int cell_count(double length_pt, double cell_pt) {
    return std::max(1, static_cast<int>(std::ceil(length_pt / cell_pt)));
}

int clamp_cell(double offset_pt, double cell_pt, int count) {
    const double cell = std::floor(offset_pt / cell_pt);
    if (!(cell > 0.0))
        return 0;  // also NaN
    return static_cast<int>(std::min(cell, static_cast<double>(count - 1)));
}

PageBox grown(const PageBox& box, double by) {
    return {box.x0 - by, box.y0 - by, box.x1 + by, box.y1 + by};
}

/// Narrows [t0, t1] to where p + t d satisfies one slab side (Liang-Barsky); false when empty.
bool clip(double p, double q, double& t0, double& t1) {
    if (p == 0.0)
        return q > 0.0;
    const double r = q / p;
    if (p < 0.0) {
        if (r >= t1)
            return false;
        t0 = std::max(t0, r);
    } else {
        if (r <= t0)
            return false;
        t1 = std::min(t1, r);
    }
    return true;
}

}  // namespace

namespace detail {

bool segment_crosses_box(PagePt a, PagePt b, const PageBox& box) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    double t0 = 0.0, t1 = 1.0;
    return clip(-dx, a.x - box.x0, t0, t1) && clip(dx, box.x1 - a.x, t0, t1) &&
           clip(-dy, a.y - box.y0, t0, t1) && clip(dy, box.y1 - a.y, t0, t1) && t0 < t1;
}

}  // namespace detail

SegmentIndex::SegmentIndex(const PageBox& frame, double cell_pt)
    : m_frame(frame),
      m_cell_pt(cell_pt),
      m_cols(cell_count(frame.width(), cell_pt)),
      m_rows(cell_count(frame.height(), cell_pt)),
      m_cells(static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows)) {}

SegmentIndex::CellRange SegmentIndex::cells_of(const PageBox& box) const {
    return {clamp_cell(box.x0 - m_frame.x0, m_cell_pt, m_cols),
            clamp_cell(box.y0 - m_frame.y0, m_cell_pt, m_rows),
            clamp_cell(box.x1 - m_frame.x0, m_cell_pt, m_cols),
            clamp_cell(box.y1 - m_frame.y0, m_cell_pt, m_rows)};
}

void SegmentIndex::add(const std::vector<PagePt>& line, double half_width_pt, std::size_t tag,
                       bool closed) {
    const std::size_t n = line.size();
    const std::size_t count = closed && n > 2 ? n : (n > 0 ? n - 1 : 0);
    for (std::size_t i = 0; i < count; ++i) {
        const PagePt a = line[i], b = line[(i + 1) % n];
        const int index = static_cast<int>(m_segments.size());
        m_segments.push_back({a, b, half_width_pt, tag});
        const PageBox extent =
            grown({std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)},
                  half_width_pt);
        const CellRange range = cells_of(extent);
        for (int row = range.row0; row <= range.row1; ++row)
            for (int col = range.col0; col <= range.col1; ++col) {
                const PageBox cell{m_frame.x0 + col * m_cell_pt, m_frame.y0 + row * m_cell_pt,
                                   m_frame.x0 + (col + 1) * m_cell_pt,
                                   m_frame.y0 + (row + 1) * m_cell_pt};
                // A long diagonal segment's box covers many cells it never comes near; the
                // border cells also hold what lies beyond the frame.
                const bool border = col == 0 || row == 0 || col == m_cols - 1 || row == m_rows - 1;
                if (border || detail::segment_crosses_box(a, b, grown(cell, half_width_pt + 1e-9)))
                    m_cells[static_cast<std::size_t>(row * m_cols + col)].push_back(index);
            }
    }
}

std::optional<std::size_t> SegmentIndex::first_hit(const PageBox& box) const {
    const CellRange range = cells_of(box);
    int best = -1;
    for (int row = range.row0; row <= range.row1; ++row)
        for (int col = range.col0; col <= range.col1; ++col)
            for (const int i : m_cells[static_cast<std::size_t>(row * m_cols + col)]) {
                if (best >= 0 && i >= best)
                    break;  // ascending: nothing earlier left in this cell
                const Segment& s = m_segments[static_cast<std::size_t>(i)];
                if (detail::segment_crosses_box(s.a, s.b, grown(box, s.half_width_pt)))
                    best = i;
            }
    if (best < 0)
        return std::nullopt;
    return m_segments[static_cast<std::size_t>(best)].tag;
}

}  // namespace cm
