#pragma once

// Reading a vector layer cut to a lon/lat window, the step every basemap layer shares: only the
// features that meet the window, each geometry clipped to it, only the attributes asked for.

#include <functional>
#include <string>
#include <vector>

#include <ogrsf_frmts.h>

#include "geodata/model/geometry.hpp"

namespace cm::detail {

/// Called with each feature and its geometry cut to the window (never empty).
using ClippedVisit = std::function<void(const OGRFeature&, const OGRGeometry&)>;

/// Calls @p visit for each feature of @p path's first layer that meets @p window; only the
/// @p fields are read. GeoJSON is read from its cached FlatGeobuf copy; FlatGeobuf, shapefiles
/// and the rest as they are.
/// @returns the cache's note (empty when it has none).
/// @throws DataError naming @p path when it cannot be opened or has no layer.
std::string read_clipped(const std::string& path, const Bounds& window,
                         const std::vector<std::string>& fields, const ClippedVisit& visit);

/// @returns @p shape cut to @p window as read_clipped cuts each feature (empty when they do not
/// meet): for polygons the loader takes from elsewhere than a layer.
PolygonGeometry clip_to_window(const PolygonGeometry& shape, const Bounds& window);

/// @returns @p feature's string field @p name, or "" when it has none.
std::string string_field(const OGRFeature& feature, const char* name);

/// @returns @p feature's numeric field @p name rounded to an integer, or @p fallback.
int int_field(const OGRFeature& feature, const char* name, int fallback);

}  // namespace cm::detail
