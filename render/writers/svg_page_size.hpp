#pragma once

// The page size of an SVG map in millimetres. Cairo writes the root element's width and height
// in points (841.89pt for A4); a print workflow reads "297mm" as the page it is.

#include <string>

namespace cm {

/// @returns @p mm with at most three decimals and no trailing zeros ("297", "508.5").
std::string mm_text(double mm);

/// @returns @p svg with the width and height of its root element set to @p width_pt x
/// @p height_pt in millimetres ("297mm"); the viewBox, in points, is kept, so the drawing
/// is unchanged. An SVG without those attributes is returned as it is.
std::string with_page_size_mm(std::string svg, double width_pt, double height_pt);

}  // namespace cm
