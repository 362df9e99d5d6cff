#pragma once

// Writes a map in the format its output's extension picks: .svg and .pdf in points, .png at
// the page's raster density. The file is built in memory, then written with every write
// checked: atomically (AtomicFile; a failure leaves the previous file and no other), or to
// standard output for "-". The same map gives the same bytes (fixed PDF dates, SVG ids given in
// drawing order, our PNG encoder). The map is composed once into a display list: Cairo
// draws it for PDF and PNG, our SVG writer writes it as SVG (render/writers/).

#include <string>
#include <vector>

#include "render/display/display_list.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"
#include "render/writers/svg_languages.hpp"

namespace cm {

enum class MapFormat { svg, pdf, png };

/// Where an SVG's relief goes: embedded in it as a PNG image, or in a PNG file beside it
/// (NAME-relief.png for NAME.svg) that the SVG links to.
enum class SvgRelief { embedded, external };

/// @returns the format of @p path's extension; for "-" (standard output), SVG.
/// @throws OutputError naming @p path when its extension is not .svg, .pdf or .png.
MapFormat format_of(const std::string& path);

/// @returns the format named @p name ("svg", "pdf" or "png").
/// @throws UsageError for any other name.
MapFormat map_format_named(const std::string& name);

/// @returns "SVG", "PDF" or "PNG".
std::string name_of(MapFormat format);

/// Writes @p map to @p path ("-": standard output) as @p format.
/// @throws OutputError when it cannot be written.
void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent,
               MapFormat format);

/// As above; an SVG's relief as @p relief says. With SvgRelief::external the relief's file
/// (svg_relief_path(@p path)) is written too, atomically, before the SVG.
/// @throws UsageError for SvgRelief::external to standard output.
void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent,
               MapFormat format, SvgRelief relief);

/// @returns @p map composed as an SVG draws it (text measured for vector output), in the
/// language of the interface words installed now (render/language/words.hpp).
DisplayList compose_svg_page(const PageMap& map, const Style& style, bool transparent);

/// Writes @p pages (the default language first) as one multilingual SVG to @p path, its relief
/// as @p relief says (svg_languages.hpp).
/// @throws OutputError when it cannot be written; UsageError as write_map().
void write_multilingual_svg(const std::vector<LanguagePage>& pages, const std::string& path,
                            SvgRelief relief);

/// @returns the file of an SVG's linked relief: NAME-relief.png beside NAME.svg.
std::string svg_relief_path(const std::string& svg_path);

/// As above, in the format of @p path's extension.
void write_map(const PageMap& map, const Style& style, const std::string& path, bool transparent);

}  // namespace cm
