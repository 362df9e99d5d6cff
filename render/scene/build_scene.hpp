#pragma once

#include "geodata/model/atlas.hpp"
#include "geodata/query/region_unions.hpp"
#include "render/model/map_spec.hpp"
#include "render/model/scene.hpp"

namespace cm {

/// Chooses from @p atlas what the map of @p spec shows: for a year map that year's
/// territories, events and campaign legs; for a war map the span's events and legs over the
/// territories of its last year, with the regions changed since its first year.
/// With @p unions (shared by the maps of one run), a polity's land is not united again for
/// a set of regions already united there.
/// @throws UsageError when the years are outside every record of the atlas.
Scene build_scene(const Atlas& atlas, const MapSpec& spec, RegionUnions* unions = nullptr);

/// The box of what build_scene(@p atlas, @p spec) would find involved (Scene::involved),
/// without building the territories, borders and changes it does not need.
Bounds involved_in(const Atlas& atlas, const MapSpec& spec);

}  // namespace cm
