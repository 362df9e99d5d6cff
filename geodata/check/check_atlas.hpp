#pragma once

#include <cstddef>
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

/// Longest name, in characters (code points), that a record may have: the labels of a map
/// are set from names, and a longer one is a mistake in the data, never a name.
constexpr std::size_t kMaxNameChars = 200;

/// Names (of places, polities, wars, events, campaigns, regions) longer than kMaxNameChars.
ProblemList check_name_lengths(const Atlas& atlas, const AtlasFiles& files);

/// Warnings of what is most likely a mistake: places far outside the dataset's extent (lon
/// and lat swapped), events outside every war's years; and an error for a war whose years
/// no control record covers (its maps would show no territory).
ProblemList check_plausibility(const Atlas& atlas, const AtlasFiles& files);

/// Records whose certainty is still "draft" (written by `campaignmap draft`): errors.
ProblemList check_drafts(const Atlas& atlas, const AtlasFiles& files);

/// @returns the names-by-language file beside the gazetteer of @p files (labels.toml).
std::string labels_file(const AtlasFiles& files);

/// Names by language (labels.toml) whose record does not exist.
ProblemList check_labels(const Atlas& atlas, const AtlasFiles& files);

/// Every problem of @p atlas: check_gazetteer, check_history, check_name_lengths,
/// check_drafts, check_labels, then check_plausibility.
ProblemList check_atlas(const Atlas& atlas, const AtlasFiles& files);

/// check_atlas() but for the borders' topology (dangling ends, crossings, faces): what the
/// drawing of a map relies on, the records and their references.
ProblemList check_atlas_records(const Atlas& atlas, const AtlasFiles& files);

/// The borders' topology alone, the costly part of check_atlas(): a map drawn from borders
/// that fail it is wrong but is drawn safely, so a map may check it while it is made.
ProblemList check_atlas_topology(const Atlas& atlas, const AtlasFiles& files);

}  // namespace cm
