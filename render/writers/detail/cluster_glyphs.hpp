#pragma once

// Drawing part of a shaped label: the glyphs that shaping the whole text gave to some of its
// bytes. A curved label turns each letter separately, yet a letter of a joining script
// (Arabic, Syriac, Mongolian...) set on its own takes its isolated form; its glyphs from the
// whole word keep the initial, medial or final form and the joins.

#include <cstddef>

#include <pango/pangocairo.h>

namespace cm::detail {

/// Draws (@p as_path false) or adds to the current path (@p as_path true) the glyphs of
/// @p layout whose cluster starts in bytes [first, last) of its text, placed as in the layout
/// but moved so that the leftmost of them starts at user-space x = 0 on the baseline y = 0.
void cluster_glyphs(cairo_t* cr, PangoLayout* layout, std::size_t first, std::size_t last,
                    bool as_path);

}  // namespace cm::detail
