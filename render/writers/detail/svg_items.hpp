#pragma once

// The writer's pieces a multilingual SVG (svg_languages.hpp) puts together: the document's
// head, one item of a display list, and the opening tag of a group.

#include <string>

#include "render/display/display_list.hpp"
#include "render/writers/detail/svg_document.hpp"
#include "render/writers/svg_writer.hpp"

namespace cm::detail {

/// What every item of one page is written with.
struct SvgPage {
    const DisplayList& list;
    const SvgOptions& options;
    SvgFile& file;
    /// Images written as a line naming the image and its place, not encoded: for comparing
    /// two pages' markup, never for a file.
    bool sketch_images = false;
};

/// @returns the XML prologue (@p declarations added to the DTD's internal subset), the opening
/// <svg> tag of @p list's page and its <title>.
std::string svg_head(const DisplayList& list, const std::string& declarations = "");
/// Appends @p item (a group with everything in it).
void append_item(SvgDocument& doc, const SvgPage& page, const Item& item);
/// Appends the opening <g> of @p group, its clipPath defined before it on first use.
void open_group(SvgDocument& doc, const Group& group);
/// @returns the id of a clipPath of @p group's clip, defined here the first time it is used.
/// @pre group.clip
std::string clip_id(SvgDocument& doc, const Group& group);

}  // namespace cm::detail
