#pragma once

// Natural Earth's lakes as a map of a given year shows them (geodata/model/water_period.hpp):
// before kModernWaterYear no reservoir, the historic lakes instead of the modern ones they
// cover, dammed natural lakes at their natural extent.

#include <optional>
#include <string>

#include "geodata/model/geometry.hpp"
#include "geodata/model/water_period.hpp"

namespace cm::detail {

/// Reads the lakes of @p lakes_path (and, for a year before kModernWaterYear, the historic
/// lakes of @p historic_path) cut to @p window, judged for @p period.
/// @returns the lakes; the cache's notes, if any, are appended to @p notes.
/// @throws DataError naming the file when one cannot be read.
PolygonGeometry read_period_lakes(const std::string& lakes_path,
                                  const std::optional<std::string>& historic_path,
                                  const Bounds& window, const WaterPeriod& period,
                                  std::vector<std::string>& notes);

/// @returns @p raw trimmed, its runs of spaces collapsed ("Syr  Darya " -> "Syr Darya"), or ""
/// when it is not UTF-8 text.
std::string normalise_name(const std::string& raw);

}  // namespace cm::detail
