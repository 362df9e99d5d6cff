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
/// Appends the font attributes of @p font (family, size, style, weight).
void append_font(std::string& out, const LabelFont& font);
/// Appends ` name="#rrggbb"` and, when not opaque, ` name-opacity="a"`.
void append_paint(std::string& out, const char* name, const Colour& colour);

}  // namespace cm::detail
