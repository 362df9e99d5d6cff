#pragma once

// RAII for GDAL/OGR handles and conversion between OGR geometry and our plain geometry.
// Every GDAL call of campaignmap that opens a vector dataset goes through here.

#include <memory>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geodata/model/geometry.hpp"

namespace cm::ogr {

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct FeatureDeleter {
    void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

using GeometryPtr = std::unique_ptr<OGRGeometry>;

/// Registers GDAL's drivers once; safe to call from any thread.
void register_drivers();

/// Opens a vector dataset read-only.
/// @throws DataError naming @p path when GDAL cannot open it (with GDAL's reason).
DatasetPtr open_vector(const std::string& path);

/// Opens a GeoJSON file read-only with the GeoJSON driver alone: a hand-edited file that
/// is broken is reported as bad GeoJSON, never probed by other drivers (some of which leak
/// on garbage; found by fuzzing).
/// @throws DataError naming @p path when GDAL cannot open it (with GDAL's reason).
DatasetPtr open_geojson(const std::string& path);

/// @returns GDAL's last error message, or "unknown GDAL error".
std::string last_error();

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
