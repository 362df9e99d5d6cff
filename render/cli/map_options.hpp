#pragma once

// Options that render and animate share: the war a run selects and the extent it shows.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "geodata/model/atlas.hpp"

namespace cm::cli {

/// @returns the war @p id of @p atlas.
/// @throws UsageError when there is none.
const War& war_named(const Atlas& atlas, const std::string& id);

/// @returns the extent asked for by `--extent` (@p text: "auto" or "W,S,E,N"): the given
/// bounds, else the theatre of war @p war_id when one is selected and names it, else
/// nothing (fitted to the places involved).
/// @throws UsageError for text that is neither.
std::optional<Bounds> extent_option(const std::string& text, const Atlas& atlas,
                                    const std::string& war_id);

/// Adds --projection, --relief and --basemap, which render and animate read alike.
void add_projection_and_basemap_options(CLI::App& sub, std::string& projection, std::string& relief,
                                        std::string& basemap);

}  // namespace cm::cli
