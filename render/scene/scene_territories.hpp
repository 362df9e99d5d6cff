#pragma once

// detail of build_scene: the territories and the changed regions a map shows.

#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/query/region_unions.hpp"
#include "render/model/scene.hpp"

namespace cm::detail {

/// Each polity's land in @p year, with its name and colour key; @p unions as for
/// territories_in_year().
std::vector<SceneTerritory> scene_territories(const Atlas& atlas, int year,
                                              RegionUnions* unions = nullptr);

/// The border segments of @p year between regions of different holders (not those between
/// regions of one holder, nor the dataset's outer frame).
std::vector<SceneBorder> scene_borders(const Atlas& atlas, int year);

/// The regions whose holder in @p to_year differs from their holder in @p from_year
/// (a region nobody holds in @p from_year, before the history begins, has not changed).
std::vector<SceneChange> scene_changes(const Atlas& atlas, int from_year, int to_year);

/// The year a war map of @p years compares with: the year before the war, so that what
/// changed hands in its first year is hatched; the first year itself when the history
/// starts then.
int changes_baseline(const Atlas& atlas, const YearRange& years);

}  // namespace cm::detail
