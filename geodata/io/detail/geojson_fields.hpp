#pragma once

// Strict reading of the properties of a GeoJSON layer (regions, borders): unknown
// properties, missing or non-string values and bad coordinates are errors naming the file
// and the feature. Used by the history loaders only.

#include <initializer_list>
#include <string>
#include <string_view>

#include <ogrsf_frmts.h>

#include "geodata/model/geometry.hpp"

namespace cm::detail {

/// @returns the string property @p name of @p f; empty when unset and not @p required.
/// @throws DataError when required and unset, or not a string.
std::string text_field(const OGRFeature& f, const char* name, const std::string& path,
                       const std::string& record, bool required);

/// @throws DataError naming the first property of @p defn not in @p known.
void check_fields(const OGRFeatureDefn& defn, const std::string& path,
                  std::initializer_list<std::string_view> known);

/// @returns the one layer of @p ds, read from its start, after check_fields with @p known.
/// @throws DataError when the file holds more or fewer layers than one.
OGRLayer& only_layer(GDALDataset& ds, const std::string& path,
                     std::initializer_list<std::string_view> known);

/// @throws DataError when @p p is not a number or out of range.
void check_position(const LonLat& p, const std::string& path, const std::string& record);

}  // namespace cm::detail
