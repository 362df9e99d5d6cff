#pragma once

// A series is a series: the year maps of one war share the war's extent (and so its fitted
// projection), so that a reader can lay them side by side.

#include <optional>

#include "geodata/model/atlas.hpp"
#include "render/model/map_spec.hpp"

namespace cm::cli {

/// @returns the extent of the war map of the first war of @p atlas whose years hold the year of
/// the year map @p spec (its `extent` in wars.toml, else the one fitted to the places its war
/// map involves); nothing for a war map or a year of no war.
std::optional<Bounds> series_extent(const Atlas& atlas, const MapSpec& spec);

}  // namespace cm::cli
