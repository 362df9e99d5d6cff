#pragma once

// The pieces of SVG markup the writer puts together: numbers, colours, escaped text, path
// data and ids that are valid XML names.

#include <string>

#include "render/canvas/colour.hpp"
#include "render/display/display_list.hpp"

namespace cm::detail {

/// Appends @p v with at most two decimals and no trailing zeros ("12.5", "-3", "0.07").
void append_number(std::string& out, double v);
/// @returns @p v as append_number writes it.
std::string number(double v);
/// @returns "#rrggbb" for @p c (alpha is written apart, as an opacity).
std::string hex_colour(const Colour& c);
/// Appends @p text with &, <, >, " escaped and characters XML does not allow dropped.
void append_escaped(std::string& out, const std::string& text);
/// Appends the path data ("M 1 2 L 3 4 Z", arcs as "A" pieces of at most a quarter turn).
void append_path_data(std::string& out, const Path& path);
/// @returns @p text as the part of an XML id: letters, digits, '-', '_' and '.' kept, any other
/// byte as '_'.
std::string id_part(const std::string& text);

}  // namespace cm::detail
