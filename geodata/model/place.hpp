#pragma once

// A named place of the gazetteer: a town, river, lake, range, region or battle site.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geometry.hpp"

namespace cm {

enum class PlaceType {
    settlement,
    river,
    lake,
    sea,
    mountains,
    pass,
    valley,
    region,
    battlefield,
    country,
};

/// How sure the identification and the coordinates are.
enum class Certainty {
    exact,        ///< the place is known and its geometry is accurate
    approximate,  ///< the place is known, its geometry is drawn roughly (extent of a region)
    uncertain,    ///< which place the source means is itself in doubt; see the note
    draft,        ///< written by `campaignmap draft`, not yet reviewed: `check` refuses it
};

struct Place {
    std::string id;                  ///< slug, unique in the gazetteer
    std::string name;                ///< the name a map shows
    std::vector<std::string> names;  ///< every variant a text may use, including name
    PlaceType type = PlaceType::settlement;
    Certainty certainty = Certainty::exact;
    std::string note;    ///< why the identification or geometry is what it is
    std::string source;  ///< article + section, or a bibliography entry
    /// Variants this place knowingly shares with another place ("Talas": the river and the
    /// old town), so `check` accepts them and a geocoder knows they are ambiguous.
    std::vector<std::string> shared_names;
    /// Rivers: "natural-earth" when the line is Natural Earth's course (so a map on that
    /// basemap draws it once, from the basemap), "" when it was drawn by hand.
    std::string course;
    Geometry geometry;
};

/// @returns the data-file spelling of a type ("settlement", "river", ...).
std::string_view to_string(PlaceType t);
/// @returns the type spelled @p s, or nothing when @p s names no type.
std::optional<PlaceType> place_type_from_string(std::string_view s);

std::string_view to_string(Certainty c);
std::optional<Certainty> certainty_from_string(std::string_view s);

}  // namespace cm
