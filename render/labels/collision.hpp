#pragma once

// The collision index: a uniform grid over the map frame holding every box already
// taken (symbols, placed labels). Asking whether a candidate is free costs a few
// cells, not a scan of every box.

#include <vector>

#include "render/project/coordinates.hpp"

namespace cm {

class CollisionIndex {
  public:
    /// An empty index over @p frame with square cells of @p cell_pt.
    explicit CollisionIndex(const PageBox& frame, double cell_pt = 24.0);

    /// @returns true when @p box overlaps no box inserted so far (touching is free).
    bool is_free(const PageBox& box) const;

    /// @returns true when every box of @p boxes is free.
    bool are_free(const std::vector<PageBox>& boxes) const;

    /// Takes @p box. Boxes outside the frame are kept in its border cells.
    void insert(const PageBox& box);

  private:
    struct CellRange {
        int col0, row0, col1, row1;
    };
    CellRange cells_of(const PageBox& box) const;

    PageBox m_frame;
    double m_cell_pt;
    int m_cols;
    int m_rows;
    std::vector<PageBox> m_boxes;
    std::vector<std::vector<int>> m_cells;  ///< per cell, indexes into m_boxes
};

}  // namespace cm
