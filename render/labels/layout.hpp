#pragma once

// Pango layout of one label: the font, italic and bold, capitals with letter spacing,
// and the measures the placement needs (advance, ink extents, grapheme clusters).

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <pango/pangocairo.h>

#include "render/canvas/pango_handles.hpp"
#include "render/labels/label.hpp"

namespace cm {

/// One grapheme cluster of a laid-out label (a letter with its diacritics, or a ligature).
/// Clusters come in visual order, left to right on the page, whatever the script's direction:
/// in a right-to-left word the first cluster is the word's last letter.
struct LabelCluster {
    std::string text;         ///< its characters, in logical order
    std::size_t offset = 0;   ///< where text starts in SetText::display, in bytes
    double x_pt = 0.0;        ///< start along the baseline, from the label's left end
    double advance_pt = 0.0;  ///< width, letter spacing included
};

/// A label's text as set in its font. Vertical measures are relative to the baseline,
/// y down (so ink_top_pt is negative).
struct SetText {
    std::string display;  ///< the text as drawn (capitalised when the font says so)
    double advance_pt = 0.0;
    double ink_left_pt = 0.0, ink_right_pt = 0.0;
    double ink_top_pt = 0.0, ink_bottom_pt = 0.0;
    std::vector<LabelCluster> clusters;  ///< left to right, tiling [0, advance_pt]
    int missing_glyphs = 0;  ///< characters no pinned font could draw (0 when all is well)
};

/// The text as it should be drawn: uppercased with Unicode rules when font.capitals
/// (g_utf8_strup, so "Ayagöz" becomes "AYAGÖZ").
std::string display_text(const LabelFont& font, const std::string& text);

/// Sets the font, size (absolute, in user units = points) and, when @p with_spacing,
/// the letter spacing of @p layout (not between letters of joining scripts), then its text.
void configure_layout(PangoLayout* layout, const LabelFont& font, const std::string& display,
                      bool with_spacing);

/// A Pango layout drawing on @p cr, laid out as labels are (prepare_label_context: unhinted
/// metrics, glyph positions not rounded), so a text has the same glyph positions on an image,
/// a PDF and in the SVG writer's measures.
Layout make_layout(cairo_t* cr);

/// Makes @p context measure in points: 72 dpi, no hinting of metrics, so what is
/// measured here is what is drawn at any scale.
void prepare_label_context(PangoContext* context);

namespace detail {

/// The byte ranges of @p text (UTF-8) whose letters may be spaced apart: all but the runs of
/// joining scripts (Arabic, Syriac, Mongolian, N'Ko...), where spacing would break the joins
/// between letters; spaces, punctuation and marks go with the letters before them.
std::vector<std::pair<std::size_t, std::size_t>> spaced_ranges(const std::string& text);

/// @returns whether @p text (UTF-8) holds a letter of a joining script, whose form depends
/// on its neighbours: such a text cannot be drawn one cluster at a time.
bool has_joining_letters(const std::string& text);

}  // namespace detail

/// Measures labels. Owns its own Pango font map and context: use one per thread.
/// Pins the fonts (cm::pin_fonts) on construction. Remembers what it has set: a map's labels
/// are placed several times over (around a longer legend, as event clusters are listed), and
/// each placement sets the same texts again.
class Typesetter {
  public:
    Typesetter();

    /// @returns @p text laid out in @p font.
    SetText set(const LabelFont& font, const std::string& text) const;

  private:
    /// What a text's setting depends on: the font's face, size, spacing and case, and the text.
    using Key = std::tuple<std::string, double, bool, bool, double, bool, std::string>;

    SetText lay_out(const LabelFont& font, const std::string& text) const;

    FontMap m_font_map;
    TextContext m_context;
    mutable std::map<Key, SetText> m_set;
};

/// This thread's Typesetter: Pango objects must not be shared between threads, and creating
/// them per call would cost more than placing the labels; one per thread also shares what it
/// remembers among everything that sets text on that thread.
const Typesetter& thread_typesetter();

}  // namespace cm
