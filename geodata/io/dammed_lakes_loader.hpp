#pragma once

// The list of natural lakes that Natural Earth files as reservoirs (geodata/basemap/
// dammed_lakes.tsv), with their natural extent taken from the gazetteer.

#include <string>
#include <vector>

#include "geodata/model/atlas.hpp"
#include "geodata/model/water_period.hpp"

namespace cm {

/// Reads @p path: one lake a line, "NAME<TAB>DAM<TAB>GAZETTEER_ID or -", '#' starts a comment.
/// A lake's natural extent is the polygon of the gazetteer place of that id in @p atlas; none
/// (Natural Earth's extent is kept) for "-" or when @p atlas has no such polygon.
/// @throws DataError naming the file and line when a line has not three fields, or the file
/// when it cannot be read.
std::vector<DammedLake> load_dammed_lakes(const std::string& path, const Atlas& atlas);

}  // namespace cm
