#pragma once

// The atlas as render, export and animate use it: loaded and then validated like `check`,
// so a map is never drawn from data that `check` rejects (DESIGN.md, Errors and bad input).

#include <string>

#include "geodata/model/atlas.hpp"

namespace cm::cli {

/// Loads the data directory @p data_dir and validates it.
/// @throws DataError naming the file, record and field of the first problem, with the
/// number of further problems (`campaignmap check` lists them all).
Atlas load_checked_atlas(const std::string& data_dir);

}  // namespace cm::cli
