#pragma once

// True distances for the scale bar: how many kilometres on the ground one point on the page
// is at the map's centre, measured along the page's horizontal with PROJ's geodesics.

#include "geodata/model/geometry.hpp"
#include "render/project/page_frame.hpp"
#include "render/project/projection.hpp"

namespace cm {

/// @returns the geodesic distance on the WGS 84 ellipsoid between @p a and @p b, in km.
double geodesic_km(const LonLat& a, const LonLat& b);

/// @returns kilometres on the ground per page point at the centre of @p frame, measured
/// over a short stretch of the page's horizontal through it; 0 when no finite, positive
/// scale can be measured there (the map then has no scale bar).
/// @throws RenderError when the centre cannot be inverse-projected.
double scale_at_centre(const Projection& projection, const PageFrame& frame);

/// @returns a "round" length for a scale bar: 1, 2 or 5 times a power of ten km (which may
/// be below one: 0.5 km, 0.02 km), the largest not longer than @p max_km; 0 when @p max_km
/// is not a finite, positive length.
double round_scale_length_km(double max_km);

}  // namespace cm
