#pragma once

// `check`'s look at the styles: every polity's colour_key must have a colour in each style a
// map of the dataset may use, or its land is drawn in the fallback grey.

#include <string>
#include <vector>

#include "geodata/check/problem.hpp"
#include "geodata/model/atlas.hpp"

namespace cm::cli {

/// @returns the styles `check` compares the data with: @p named (names or paths, resolved
/// as `--style` is) when given, else every style file in DATA/styles and DATA/../styles,
/// else the shipped ones.
std::vector<std::string> styles_to_check(const std::vector<std::string>& named,
                                         const std::string& data_dir);

/// One error per polity whose colour_key a style of @p style_paths lacks, naming the style.
/// @throws StyleError when a style cannot be read.
ProblemList check_colour_keys(const Atlas& atlas, const std::string& polities_file,
                              const std::vector<std::string>& style_paths);

}  // namespace cm::cli
