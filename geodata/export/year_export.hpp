#pragma once

// The state of one year as a vector dataset, for QGIS and for checking the data by eye:
// the wars the year falls in (with their result), each polity's territory, the regions that
// changed hands since the year before, and the year's events and campaign legs. One layer; a
// `kind` property on every feature says which of the five it is ("war", "territory",
// "change", "event", "leg").

#include <string>

#include "geodata/io/vector_output.hpp"
#include "geodata/model/atlas.hpp"
#include "geodata/model/course.hpp"

namespace cm {

/// Writes the state of @p year to @p path as @p format (GeoJSON RFC 7946, GeoPackage or CSV
/// with WKT geometry; lon/lat WGS 84) atomically, or to standard output for "-".
/// Events sit at their place's anchor; legs follow their course in @p courses (ends at their
/// places' edges, the way over the land when inferred) or, without one, run from → via → to
/// through the anchors; a leg's `course` says whether it is stated, via points or inferred.
/// Features whose place is not in the gazetteer are written without geometry.
/// @pre @p year lies in history_span(atlas) (the CLI checks it).
/// @throws OutputError when the file cannot be written (nothing is left behind).
void export_year(const Atlas& atlas, int year, const std::string& path, VectorFormat format,
                 const CourseTable* courses = nullptr);

/// As above, in the format @p path's extension asks for (GeoJSON for "-").
/// @throws OutputError naming @p path for an unknown extension, as above otherwise.
void export_year(const Atlas& atlas, int year, const std::string& path,
                 const CourseTable* courses = nullptr);

}  // namespace cm
