#pragma once

// Generalising page geometry to the page's resolution: Douglas-Peucker at a fraction of a
// pixel, so that a line keeps no more vertices than the page can show and still looks the same.
//
// Lines that share a run (a border along a river, two territories along their border) must stay
// on one line. So the generalisation is context-free: a line is cut at every node (the points
// where borders end, which every line sharing a run also passes through), each piece between
// two cuts is simplified on its own, in one direction whatever way the line runs, and a piece
// gives the same points in every line it belongs to.

#include <vector>

#include "render/project/coordinates.hpp"

namespace cm {

/// The points where shared runs of lines begin and end, found by position (within a
/// thousandth of a point: the same place projected from data written in two files).
class PageNodes {
  public:
    PageNodes() = default;
    explicit PageNodes(std::vector<PagePt> nodes);

    /// @returns whether @p p is one of the nodes.
    bool contains(const PagePt& p) const;

  private:
    std::vector<PagePt> m_nodes;  ///< sorted by x, then y
};

/// @returns @p line with its ends, its vertices at @p nodes and, between them, the vertices
/// Douglas-Peucker keeps at @p tolerance_pt (so no part of @p line is farther than that from
/// the result). @pre tolerance_pt >= 0
std::vector<PagePt> generalise_line(const std::vector<PagePt>& line, const PageNodes& nodes,
                                    double tolerance_pt);

/// generalise_line for a closed ring (its last vertex joins its first): cut at its nodes or,
/// with none, at its least vertex (by x, then y). @returns an empty ring where fewer than
/// three vertices stay (a speck under @p tolerance_pt).
std::vector<PagePt> generalise_ring(const std::vector<PagePt>& ring, const PageNodes& nodes,
                                    double tolerance_pt);

}  // namespace cm
