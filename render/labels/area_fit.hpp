#pragma once

// The land an area label names: a polity's territory or a region, as page rings (even-odd).
// Its label must lie wholly inside it; where the centre of the shape's box does not, the pole
// of inaccessibility and other deep interior points are the places to try.

#include <vector>

#include "render/labels/segment_index.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

using Rings = std::vector<std::vector<PagePt>>;

/// @p rings indexed for asking whether a box lies inside them. Keeps a reference: the rings
/// must outlive it.
class AreaFit {
  public:
    explicit AreaFit(const Rings& rings);

    /// @returns true when @p box lies inside the rings: no edge passes through it and its
    /// centre is inside.
    bool contains(const PageBox& box) const;

  private:
    const Rings& m_rings;
    PageBox m_bounds;
    SegmentIndex m_edges;
};

namespace detail {

/// @returns true when @p p lies inside @p rings by the even-odd rule.
bool inside_rings(const Rings& rings, PagePt p);

/// Signed distance from @p p to the nearest edge of @p rings: positive inside.
double depth_in(const Rings& rings, PagePt p);

/// The pole of inaccessibility of @p rings (the inside point farthest from every edge),
/// found to within @p precision_pt (Agafonkin's polylabel); the centre of their box when the
/// rings are empty or degenerate.
PagePt pole_of_inaccessibility(const Rings& rings, double precision_pt = 1.0);

/// Up to @p count inside points of @p rings, deepest first, each at least a quarter of the
/// rings' smaller extent from the others: where else a name can stand in a long or branching
/// land. The pole of inaccessibility comes first.
std::vector<PagePt> interior_points(const Rings& rings, std::size_t count);

}  // namespace detail
}  // namespace cm
