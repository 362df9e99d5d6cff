#pragma once

// A multilingual SVG: one file holding a map in several languages, each text a <switch> with a
// child per language (systemLanguage="ru", "kk"...) and a last child without systemLanguage,
// the default. Browsers show the child of the reader's language, and Wikimedia Commons' SVG
// Translate reads and adds such children. The map is composed once per language, so each
// language's labels are placed for its own text; what is the same in every language (land,
// rivers, territories...) is written once; a shape that differs (a callout's leader, the
// legend's box) is a <switch> of <g systemLanguage> copies.

#include <string>
#include <vector>

#include "render/display/display_list.hpp"
#include "render/writers/svg_writer.hpp"

namespace cm {

/// A page composed in one language.
struct LanguagePage {
    std::string language;  ///< its tag: "en", "ru", "kk"
    DisplayList list;
};

/// @returns the pages as one SVG document.
/// @pre !pages.empty(); pages.front() is the default language (its children carry no
/// systemLanguage), every page the same size and the same relief image (one is written).
SvgFile write_svg_languages(const std::vector<LanguagePage>& pages, const SvgOptions& options = {});

}  // namespace cm
