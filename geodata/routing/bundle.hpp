#pragma once

// Legs that share a corridor share one line along it: the inferred courses of a run are
// snapped onto each other where they run within the page's generalisation of each other, so
// a map can draw them side by side along the shared stretch and let them part where they
// separate. Computed once per run, with the courses.

#include <string>
#include <vector>

#include "geodata/model/course.hpp"

namespace cm {

/// Snaps the inferred courses of @p table onto each other, in the order of @p order (course
/// keys; a key not in the table, or not inferred, is passed over): the vertices of earlier
/// courses within @p tolerance_km of a course's segment are added to it, then an inner vertex
/// of it within @p tolerance_km of an earlier course's line moves onto that line (onto its vertex
/// when one is within @p tidy_km), and the earlier line's vertices between two vertices so
/// moved are taken over, so a shared stretch is the same polyline in both. Inner vertices not
/// moved that lie within @p tidy_km of the one kept before them, or of the next, are dropped
/// (so the curve through them does not kink). The ends of every course stay where they are. Near
/// its ends (within twice @p tolerance_km) a course keeps its own way.
void bundle_courses(CourseTable& table, const std::vector<std::string>& order, double tolerance_km,
                    double tidy_km);

}  // namespace cm
