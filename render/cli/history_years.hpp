#pragma once

// The years a command may ask for: those of the history's control timeline. render, export
// and animate check their year options here, so that a year outside the data is an error
// instead of an empty map.

#include <string>

#include "geodata/model/atlas.hpp"

namespace cm::cli {

/// @param option the option that gave @p year, as typed ("--year", "--from", "--to").
/// @throws UsageError "--year 1700 is outside the history's years (1640-1650)" when
/// @p year lies outside history_span(@p atlas).
void require_history_year(const Atlas& atlas, const std::string& option, int year);

}  // namespace cm::cli
