#pragma once

// The state of one SVG being written: the markup so far, the ids given out and the clip paths
// already defined. svg_writer.cpp writes groups, shapes and images, svg_text.cpp text.

#include <map>
#include <string>

#include "render/display/display_list.hpp"

namespace cm::detail {

struct SvgDocument {
    std::string out;
    std::map<std::string, int> ids;            ///< id stem -> how many given
    std::map<std::string, std::string> clips;  ///< path data + rule -> clipPath id
    int text_count = 0;
    /// In a multilingual SVG, while one language's child of a <switch> is written: its tag
    /// (systemLanguage), empty for the default child; and what its ids end with, so that no id
    /// is given twice ("" for the default).
    std::string language;
    std::string id_suffix;

    /// @returns a unique id for an element of @p feature ("polity.dzungar-khanate", then
    /// "polity.dzungar-khanate.2"...), or "" for an element of no feature.
    std::string id_for(const FeatureTag& feature);
    /// Appends ` id=".." class=".."` for @p feature (nothing for furniture).
    void append_feature(const FeatureTag& feature);
};

/// Appends @p run: a <use> of it stroked for the halo, then the <text>.
void append_text_run(SvgDocument& doc, const TextRun& run);
/// Appends the halos of @p set (each a <use> of its label's text), then every label's <text>.
void append_label_set(SvgDocument& doc, const LabelSet& set);
/// Appends @p run as a child of a <switch> for doc.language: a <text> with systemLanguage
/// (none for the default) that carries its halo as its own stroke, under its fill.
void append_switched_run(SvgDocument& doc, const TextRun& run);
/// Appends @p label (of feature kind @p kind) as a child of a <switch> for doc.language: one
/// <text> with its halo as its own stroke, or, for a name along a river, a <g> of its letters
/// with their halos under them.
void append_switched_label(SvgDocument& doc, const PlacedLabel& label, const std::string& kind);
/// Appends the empty child of a <switch> for doc.language: that language draws nothing here.
void append_switched_nothing(SvgDocument& doc);
/// Appends the font attributes of @p font (family, size, style, weight).
void append_font(std::string& out, const LabelFont& font);
/// Appends ` name="#rrggbb"` and, when not opaque, ` name-opacity="a"`.
void append_paint(std::string& out, const char* name, const Colour& colour);

}  // namespace cm::detail
