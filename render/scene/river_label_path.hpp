#pragma once

// detail of label_requests: the path a river's name is set along. A course with Natural
// Earth's detail meanders at every few tenths of a millimetre on the page, more than letters
// can follow; its name follows the course generalised to the size of its letters.

#include <vector>

#include "render/display/paint.hpp"

namespace cm::detail {

/// @returns @p line itself when its vertices lie @p tolerance_pt apart or more on average (a
/// course drawn by hand), else @p line smoothed: resampled every @p tolerance_pt / 4 and
/// averaged, twice, over 8 samples on either side, and resampled every @p tolerance_pt / 2,
/// so meanders smaller than a few letters go and the ends stay.
std::vector<PagePt> river_label_path(const std::vector<PagePt>& line, double tolerance_pt);

}  // namespace cm::detail
