#pragma once

#include <string>

#include "geodata/check/problem.hpp"
#include "geodata/model/atlas.hpp"

namespace cm {

/// Where each part of an Atlas was read from, so problems can name their file.
struct AtlasFiles {
    std::string gazetteer;
    std::string history_dir;
};

/// Validates the gazetteer: unique ids, valid geometry, coordinates in range, name
/// variants shared by several places (reported unless the places are marked ambiguous).
ProblemList check_gazetteer(const Atlas& atlas, const AtlasFiles& files);

/// Validates the history: ids that resolve, regions that tile without overlap, control
/// timelines without gaps or double control, years in order, legs between mapped places.
ProblemList check_history(const Atlas& atlas, const AtlasFiles& files);

/// Every problem of @p atlas: check_gazetteer then check_history.
ProblemList check_atlas(const Atlas& atlas, const AtlasFiles& files);

}  // namespace cm
