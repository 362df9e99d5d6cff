#pragma once

// Our plain geometry as OGR's and back: for GEOS's operations through OGR (unions, overlays)
// and for the loaders. Opens nothing.

#include <memory>

#include <ogr_geometry.h>

#include "geodata/model/geometry.hpp"

namespace cm::ogr {

using GeometryPtr = std::unique_ptr<OGRGeometry>;

/// Converts an OGR geometry to ours. Points, lines, polygons and their multi forms;
/// anything else (collections, curves) yields std::monostate.
Geometry to_geometry(const OGRGeometry& g);

/// Converts our geometry to a new OGR geometry (nullptr for monostate).
GeometryPtr to_ogr(const Geometry& g);

/// Converts a polygon geometry to an OGR multipolygon.
std::unique_ptr<OGRMultiPolygon> to_ogr_multipolygon(const PolygonGeometry& g);

/// Converts an OGR polygon or multipolygon (others yield an empty result) to ours.
PolygonGeometry to_polygons(const OGRGeometry& g);

}  // namespace cm::ogr
