#include "cluster_glyphs.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include "render/canvas/pango_handles.hpp"

namespace cm::detail {
namespace {

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
    const LayoutIter owner(pango_layout_get_iter(layout));
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

/// Draws or outlines @p glyph at user-space @p pen_x on the baseline, from its own position
/// rather than from Cairo's current point: the current point is kept in device space on a
/// 1/256-pixel grid, so a glyph placed through it can land exactly on a half pixel, and
/// Cairo's whole-pixel rounding of glyph origins then goes either way depending on the last
/// bit of the band's translation (a PNG page drawn in bands moved such a glyph by a pixel).
void draw_glyph(cairo_t* cr, const PlacedGlyph& glyph, double pen_x, bool as_path) {
    if (glyph.info.glyph == PANGO_GLYPH_EMPTY)
        return;
    if (glyph.info.glyph & PANGO_GLYPH_UNKNOWN_FLAG) {  // Pango draws its hex box
        const GlyphString one(pango_glyph_string_new());
        pango_glyph_string_set_size(one.get(), 1);
        one->glyphs[0] = glyph.info;
        one->log_clusters[0] = 0;
        cairo_move_to(cr, pen_x, 0.0);
        if (as_path)
            pango_cairo_glyph_string_path(cr, glyph.font, one.get());
        else
            pango_cairo_show_glyph_string(cr, glyph.font, one.get());
        return;
    }
    cairo_scaled_font_t* scaled = pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(glyph.font));
    if (!scaled)
        return;
    const PangoGlyphGeometry& at = glyph.info.geometry;
    const cairo_glyph_t one{glyph.info.glyph,
                            pen_x + static_cast<double>(at.x_offset) / PANGO_SCALE,
                            static_cast<double>(at.y_offset) / PANGO_SCALE};
    cairo_save(cr);
    cairo_set_scaled_font(cr, scaled);
    if (as_path)
        cairo_glyph_path(cr, &one, 1);
    else
        cairo_show_glyphs(cr, &one, 1);
    cairo_restore(cr);
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
    // In whole Pango units: the leftmost glyph lands exactly on the origin, as it would
    // in a layout of the cluster alone (so the pixels do not depend on rounding).
    for (const PlacedGlyph& glyph : glyphs)
        draw_glyph(cr, glyph, static_cast<double>(glyph.pen - left) / PANGO_SCALE, as_path);
}

}  // namespace cm::detail
