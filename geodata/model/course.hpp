#pragma once

// The course of a campaign leg: the line a map draws for it, in lon/lat, and how much of it
// the sources give. Computed once per leg (geodata/routing) and shared by every map and
// frame of a run.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign.hpp"
#include "geometry.hpp"

namespace cm {

/// How much of a leg's course the sources give.
enum class CourseKind {
    stated,    ///< the source gives the road (certainty exact): drawn as given
    via,       ///< the source names places on the way: drawn through them
    inferred,  ///< only the ends are known: the way is inferred from the land
};

std::string_view to_string(CourseKind kind);

/// @returns the kind of course @p leg has by its data.
CourseKind course_kind_of(const Leg& leg);

/// @returns the places @p leg runs through: from, via..., to.
std::vector<std::string> leg_place_ids(const Leg& leg);

/// A leg's drawn line, from its start to its end, and its kind.
struct LegCourse {
    CourseKind kind = CourseKind::inferred;
    std::vector<LonLat> line;  ///< at least two positions
    /// Per position of line: how far (km) to the left and to the right of its way a map may
    /// draw it, beside the legs it is bundled with, before it climbs; empty: as far as it
    /// likes (no heights).
    std::vector<double> room_left_km, room_right_km;
};

/// Courses keyed by what they are computed from (the leg's places and kind; the terrain and
/// passes are those of the table): legs with the same inputs share one entry.
struct CourseTable {
    std::map<std::string, LegCourse> courses;

    /// @returns the course for @p key (see course_key()), or nullptr.
    const LegCourse* find(const std::string& key) const;
};

/// @returns the key of a leg through the places @p place_ids (from, via..., to) of @p kind.
std::string course_key(const std::vector<std::string>& place_ids, CourseKind kind);

}  // namespace cm
