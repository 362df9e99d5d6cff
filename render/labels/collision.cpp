#include "collision.hpp"

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

}  // namespace

CollisionIndex::CollisionIndex(const PageBox& frame, double cell_pt)
    : m_frame(frame),
      m_cell_pt(cell_pt),
      m_cols(cell_count(frame.width(), cell_pt)),
      m_rows(cell_count(frame.height(), cell_pt)),
      m_cells(static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows)) {}

CollisionIndex::CellRange CollisionIndex::cells_of(const PageBox& box) const {
    return {clamp_cell(box.x0 - m_frame.x0, m_cell_pt, m_cols),
            clamp_cell(box.y0 - m_frame.y0, m_cell_pt, m_rows),
            clamp_cell(box.x1 - m_frame.x0, m_cell_pt, m_cols),
            clamp_cell(box.y1 - m_frame.y0, m_cell_pt, m_rows)};
}

bool CollisionIndex::is_free(const PageBox& box) const {
    const CellRange range = cells_of(box);
    for (int row = range.row0; row <= range.row1; ++row) {
        for (int col = range.col0; col <= range.col1; ++col) {
            for (const int i : m_cells[static_cast<std::size_t>(row * m_cols + col)])
                if (m_boxes[static_cast<std::size_t>(i)].intersects(box))
                    return false;
        }
    }
    return true;
}

bool CollisionIndex::are_free(const std::vector<PageBox>& boxes) const {
    return std::all_of(boxes.begin(), boxes.end(),
                       [this](const PageBox& box) { return is_free(box); });
}

void CollisionIndex::insert(const PageBox& box) {
    const int index = static_cast<int>(m_boxes.size());
    m_boxes.push_back(box);
    const CellRange range = cells_of(box);
    for (int row = range.row0; row <= range.row1; ++row) {
        for (int col = range.col0; col <= range.col1; ++col)
            m_cells[static_cast<std::size_t>(row * m_cols + col)].push_back(index);
    }
}

}  // namespace cm
