#include "cluster_glyphs.hpp"

#include <algorithm>
#include <memory>
#include <vector>

namespace cm::detail {
namespace {

using GlyphStringPtr = std::unique_ptr<PangoGlyphString, decltype(&pango_glyph_string_free)>;

/// One glyph of the layout, with the font it is set in and where it starts on the baseline.
struct PlacedGlyph {
    PangoFont* font;
    PangoGlyphInfo info;
    int pen;  ///< Pango units from the layout's left end
};

/// The glyphs of one run (one font, one direction) whose cluster starts in [first, last);
/// @p pen starts as the run's left edge.
void collect_run(const PangoGlyphItem* run, int pen, std::size_t first, std::size_t last,
                 std::vector<PlacedGlyph>& out) {
    const PangoGlyphString* glyphs = run->glyphs;
    for (int i = 0; i < glyphs->num_glyphs; ++i) {  // glyphs are in visual order
        const auto byte = static_cast<std::size_t>(run->item->offset + glyphs->log_clusters[i]);
        if (byte >= first && byte < last)
            out.push_back({run->item->analysis.font, glyphs->glyphs[i], pen});
        pen += glyphs->glyphs[i].geometry.width;
    }
}

std::vector<PlacedGlyph> glyphs_of(PangoLayout* layout, std::size_t first, std::size_t last) {
    std::vector<PlacedGlyph> glyphs;
    const std::unique_ptr<PangoLayoutIter, decltype(&pango_layout_iter_free)> owner(
        pango_layout_get_iter(layout), &pango_layout_iter_free);
    PangoLayoutIter* iter = owner.get();
    do {
        const PangoGlyphItem* run = pango_layout_iter_get_run_readonly(iter);
        if (!run)
            continue;  // the end of a line
        PangoRectangle logical;
        pango_layout_iter_get_run_extents(iter, nullptr, &logical);
        collect_run(run, logical.x, first, last, glyphs);
    } while (pango_layout_iter_next_run(iter));
    return glyphs;
}

}  // namespace

void cluster_glyphs(cairo_t* cr, PangoLayout* layout, std::size_t first, std::size_t last,
                    bool as_path) {
    const std::vector<PlacedGlyph> glyphs = glyphs_of(layout, first, last);
    if (glyphs.empty())
        return;
    const int left =
        std::min_element(glyphs.begin(), glyphs.end(), [](const auto& a, const auto& b) {
            return a.pen < b.pen;
        })->pen;
    for (const PlacedGlyph& glyph : glyphs) {
        GlyphStringPtr one(pango_glyph_string_new(), &pango_glyph_string_free);
        pango_glyph_string_set_size(one.get(), 1);
        one->glyphs[0] = glyph.info;
        one->log_clusters[0] = 0;
        // In whole Pango units: the leftmost glyph lands exactly on the origin, as it would
        // in a layout of the cluster alone (so the pixels do not depend on rounding).
        cairo_move_to(cr, static_cast<double>(glyph.pen - left) / PANGO_SCALE, 0.0);
        if (as_path)
            pango_cairo_glyph_string_path(cr, glyph.font, one.get());
        else
            pango_cairo_show_glyph_string(cr, glyph.font, one.get());
    }
}

}  // namespace cm::detail
