#pragma once

// A uniform grid of line segments with a width: the drawn routes a label should not cross, or
// the edges of the area an area label must stay inside. Asking whether a box touches one of
// them costs the few cells the box covers, not a scan of every segment, so a map of thousands
// of smoothed route points places its labels as fast as one without routes.

#include <cstddef>
#include <optional>
#include <vector>

#include "render/project/coordinates.hpp"

namespace cm {

class SegmentIndex {
  public:
    /// An empty index over @p frame with square cells of @p cell_pt; segments and boxes
    /// beyond the frame are kept in its border cells.
    explicit SegmentIndex(const PageBox& frame, double cell_pt = 24.0);

    /// Adds the segments of @p line (closed: back to its first point as well), each covering
    /// @p half_width_pt on both sides, tagged @p tag.
    void add(const std::vector<PagePt>& line, double half_width_pt, std::size_t tag,
             bool closed = false);

    /// @returns the tag of the first segment (in the order added) whose width overlaps
    /// @p box, or nothing when none does. The width is taken as a square brush, so a box
    /// near a segment's end may count as touched up to 0.4 widths early.
    std::optional<std::size_t> first_hit(const PageBox& box) const;

    bool empty() const { return m_segments.empty(); }

  private:
    struct Segment {
        PagePt a, b;
        double half_width_pt;
        std::size_t tag;
    };
    struct CellRange {
        int col0, row0, col1, row1;
    };
    CellRange cells_of(const PageBox& box) const;

    PageBox m_frame;
    double m_cell_pt;
    int m_cols;
    int m_rows;
    std::vector<Segment> m_segments;
    std::vector<std::vector<int>> m_cells;  ///< per cell, indexes into m_segments, ascending
};

namespace detail {

/// @returns true when the segment @p a - @p b passes through the inside of @p box (a segment
/// along an edge or through a corner only does not).
bool segment_crosses_box(PagePt a, PagePt b, const PageBox& box);

}  // namespace detail
}  // namespace cm
