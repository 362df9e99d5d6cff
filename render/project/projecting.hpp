#pragma once

// detail of project_scene: lon/lat geometry to page points, cut to a window around the
// map first and densified so edges bend with the projection.

#include <optional>
#include <vector>

#include "render/project/coordinates.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"

namespace cm::detail {

/// Projects lon/lat onto the page.
class PageProjector {
  public:
    /// @p window may run past ±180° of longitude (a map across the antimeridian): data, whose
    /// longitudes lie in -180..180, is then cut to the window and to its copy a turn away.
    PageProjector(const Projection& projection, const PageFrame& frame, const Bounds& window);

    /// @returns nothing when the point is outside the window or PROJ cannot project it.
    std::optional<PagePt> point(const LonLat& p) const;
    /// The parts of @p line inside the window, densified.
    std::vector<std::vector<PagePt>> line(const std::vector<LonLat>& line) const;
    /// Every ring of @p g, clipped to the window and densified.
    PageShape shape(const PolygonGeometry& g) const;

    const Bounds& window() const { return m_window; }

  private:
    std::vector<PagePt> project_all(const std::vector<LonLat>& points) const;

    const Projection& m_projection;
    const PageFrame& m_frame;
    Bounds m_window;
    std::vector<Bounds> m_cuts;  ///< the window, and its copy a turn away when it crosses ±180°
};

/// @returns the area enclosed by @p ring, in pt² (either winding).
double ring_area(const std::vector<PagePt>& ring);

/// The centre of the bounding box of the largest ring of @p shape (area labels).
PagePt label_point(const PageShape& shape);

/// @returns @p shape cut to @p box (each ring clipped, Sutherland–Hodgman): the part a
/// partly visible area shows, for its label point.
PageShape clip_to_box(const PageShape& shape, const PageBox& box);

}  // namespace cm::detail
