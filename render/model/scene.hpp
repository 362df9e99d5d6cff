#pragma once

// The Scene: what one map shows, chosen from the Atlas for a year or a span of years, still in
// longitude/latitude. Plain values; projecting and drawing come later.

#include <optional>
#include <string>
#include <vector>

#include "geodata/model/course.hpp"
#include "geodata/model/event.hpp"
#include "geodata/model/geometry.hpp"
#include "geodata/model/place.hpp"
#include "geodata/model/territory.hpp"
#include "geodata/model/years.hpp"

namespace cm {

/// A polity's land, with what the legend and the colours need.
struct SceneTerritory {
    std::string polity_id;
    std::string polity_name;
    std::string colour_key;
    PolygonGeometry geometry;
    Certainty certainty = Certainty::exact;
};

/// A border segment between land of two different holders in the map's year, drawn once
/// with its own certainty (a border between regions of one holder is not drawn).
struct SceneBorder {
    std::string id;
    LineGeometry line;
    Certainty certainty = Certainty::exact;
    std::string left_colour_key, right_colour_key;  ///< empty: nobody holds that side
};

/// A region that changed hands within the map's years (highlighted).
struct SceneChange {
    std::string region_id;
    std::string region_name;
    std::string to_polity;                       ///< polity id holding it at the end, may be empty
    std::string to_colour_key, from_colour_key;  ///< of the holders at the end and before
    PolygonGeometry geometry;
};

/// A river, lake, range or region of the gazetteer drawn or named on the map.
struct SceneFeature {
    std::string id;
    std::string name;
    PlaceType type = PlaceType::settlement;
    Geometry geometry;
    int rank = 1;                 ///< rivers: 0 = largest
    bool basemap_course = false;  ///< rivers: the course is Natural Earth's (Place::course)
};

/// An event symbol at its place.
struct SceneEvent {
    std::string id;
    std::string name;
    EventType type = EventType::battle;
    YearRange years;
    std::string place_id;
    std::string place_name;
    LonLat at;
    std::string victor_colour_key;
};

/// One leg of a campaign as a line through its waypoints (from, via..., to).
struct SceneRoute {
    std::string campaign_id;
    std::string campaign_name;
    int leg = 0;
    std::string side;  ///< polity id
    std::string side_name;
    std::string colour_key;
    std::optional<long> strength;
    bool retreat = false;
    int year = 0;
    std::vector<LonLat> waypoints;
    std::vector<std::string> place_ids;  ///< same order as waypoints
    CourseKind course_kind = CourseKind::inferred;
    /// The leg's course (from a CourseTable): ends at its places' edges, the way over the
    /// land when inferred. Empty: the line through the waypoints.
    std::vector<LonLat> course;
    std::vector<double> course_room_left_km;   ///< LegCourse::room_left_km of the course
    std::vector<double> course_room_right_km;  ///< LegCourse::room_right_km of the course
};

struct Scene {
    std::string title;       ///< "Kazakh–Dzungar War (1635–1658)" or "Central Asia in 1643"
    std::string years_text;  ///< "1643" or "1635–1658"
    /// The years the title already says ("1635–1658" in "Kazakh–Dzungar War (1635–1658)" on
    /// the map of that war): years_text is not repeated beside it when it is these.
    std::string title_years;
    YearRange years;
    std::vector<SceneTerritory> territories;
    std::vector<SceneBorder> borders;
    std::vector<SceneChange> changes;
    std::vector<SceneFeature> features;  ///< rivers, lakes, ranges, regions
    std::vector<SceneFeature> settlements;
    std::vector<SceneEvent> events;
    std::vector<SceneRoute> routes;
    std::vector<std::string> sources;     ///< titles of the articles cited by what is drawn
    std::vector<std::string> references;  ///< other works cited (author), after the articles
    Bounds involved;                      ///< events, routes and territories: what auto extent fits
};

}  // namespace cm
