#pragma once

// True distances for the scale bar: how many kilometres on the ground one point on the page
// is at the map's centre, measured along the parallel through it with PROJ's geodesics.

#include "geodata/model/geometry.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"

namespace cm {

/// @returns the geodesic distance on the WGS 84 ellipsoid between @p a and @p b, in km.
double geodesic_km(const LonLat& a, const LonLat& b);

/// @returns kilometres on the ground per page point at the centre of @p frame, measured
/// over a short stretch of the parallel through it.
/// @throws RenderError when the centre cannot be inverse-projected.
double scale_at_centre(const Projection& projection, const PageFrame& frame);

/// @returns a "round" length for a scale bar: 1, 2 or 5 times a power of ten km, the largest
/// not longer than @p max_km. @pre max_km > 0
double round_scale_length_km(double max_km);

}  // namespace cm
