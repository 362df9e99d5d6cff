#pragma once

// The label placement engine: most important labels first, each at the first of its
// candidate positions that lies inside the frame and clear of every symbol and of the
// labels placed before it, and off every drawn route; only when no such position exists is
// a label put where it crosses a route (and that is reported). An area label keeps half its
// letter height from every other and lies inside its own land. A label with no position is
// dropped, never drawn over another.

#include <string>
#include <vector>

#include "render/labels/label.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

class CandidateCache;

/// A drawn route as labels see it: its page polyline (the smoothed curve and the outline of
/// its arrowhead) and the half width it covers, halo included.
struct RouteObstacle {
    std::string id;
    std::vector<PagePt> line;
    double half_width_pt = 0.0;
};

/// A label placed over a route because every position clear of routes was taken.
struct RouteCrossing {
    std::string label_id;
    std::string route_id;
};

struct Placement {
    std::vector<PlacedLabel> placed;       ///< in placement order (priority, then input order)
    std::vector<std::string> dropped;      ///< ids of the labels that found no room, same order
    std::vector<RouteCrossing> crossings;  ///< labels placed over a route, in placement order
};

/// Places @p requests on the map.
/// @param obstacles boxes to keep clear (symbols, routes' arrowheads, the legend...);
///        point requests' own symbols (anchor, clearance_pt) are kept clear as well.
/// @param frame the map frame; a label must lie entirely inside it.
/// @param routes lines a label crosses only when it has no other place.
/// @returns the same result for the same inputs, on any machine with the pinned fonts.
/// @throws RenderError when the fonts cannot be loaded.
/// May be called from several threads at once: each thread measures with its own
/// Pango font map.
/// With @p cache, the candidates of requests placed before through it are reused.
Placement place_labels(const std::vector<LabelRequest>& requests,
                       const std::vector<PageBox>& obstacles, const PageBox& frame,
                       const std::vector<RouteObstacle>& routes = {},
                       CandidateCache* cache = nullptr);

namespace detail {

/// The gap an area label set in @p font keeps beside other area labels: half its letter
/// (capital) height; above or below them it keeps twice that.
double area_gap_pt(const LabelFont& font);

}  // namespace detail

}  // namespace cm
