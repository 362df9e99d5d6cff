#pragma once

// Plain statistics of measured values, shared by the geocoder and the checks.

#include <vector>

namespace cm {

/// @returns the median of @p values (the upper of the two middle values for an even count),
/// or 0 when there are none.
double median(std::vector<double> values);

}  // namespace cm
