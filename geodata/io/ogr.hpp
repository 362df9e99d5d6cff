#pragma once

// RAII for GDAL/OGR's datasets and features, and opening vector data. Every GDAL call of
// campaignmap that opens a vector dataset goes through here. Geometry conversions:
// ogr_geometry.hpp.

#include <memory>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geodata/query/ogr_geometry.hpp"

namespace cm::ogr {

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

struct FeatureDeleter {
    void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

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

}  // namespace cm::ogr
