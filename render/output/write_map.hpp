#pragma once

// Writes a map to a file whose extension picks the format: .svg and .pdf in points, .png at
// the page's raster density. Through AtomicFile: a failure leaves no file behind. The same
// map gives the same bytes (fixed PDF dates, Cairo's sequential SVG ids, libpng).

#include <string>

#include "render/scene/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

enum class MapFormat { svg, pdf, png };

/// @throws OutputError naming @p path when its extension is not .svg, .pdf or .png.
MapFormat format_of(const std::string& path);

/// @throws OutputError when the file cannot be written.
void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent);

}  // namespace cm
