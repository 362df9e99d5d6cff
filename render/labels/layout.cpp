#include "layout.hpp"

#include <glib.h>

#include "geodata/model/error.hpp"
#include "render/canvas/fonts.hpp"

namespace cm {
namespace {

double to_pt(int pango_units) {
    return static_cast<double>(pango_units) / PANGO_SCALE;
}

std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> describe(
    const LabelFont& font) {
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> desc(
        pango_font_description_new(), &pango_font_description_free);
    pango_font_description_set_family(desc.get(), font.family.c_str());
    pango_font_description_set_absolute_size(desc.get(), font.size_pt * PANGO_SCALE);
    pango_font_description_set_style(desc.get(),
                                     font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_font_description_set_weight(desc.get(),
                                      font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    return desc;
}

std::vector<LabelCluster> clusters_of(PangoLayout* layout, const std::string& display) {
    std::vector<LabelCluster> clusters;
    const std::unique_ptr<PangoLayoutIter, decltype(&pango_layout_iter_free)> owner(
        pango_layout_get_iter(layout), &pango_layout_iter_free);
    PangoLayoutIter* iter = owner.get();
    do {
        PangoRectangle logical;
        pango_layout_iter_get_cluster_extents(iter, nullptr, &logical);
        const int start = pango_layout_iter_get_index(iter);
        clusters.push_back({display.substr(static_cast<std::size_t>(start)), to_pt(logical.x),
                            to_pt(logical.width)});
    } while (pango_layout_iter_next_cluster(iter));
    // Each cluster's text runs to the next cluster's start (clusters come in logical
    // order for the left-to-right scripts labels use).
    for (std::size_t i = 0; i + 1 < clusters.size(); ++i) {
        const std::size_t next = clusters[i].text.size() - clusters[i + 1].text.size();
        clusters[i].text.resize(next);
    }
    return clusters;
}

}  // namespace

std::string display_text(const LabelFont& font, const std::string& text) {
    if (!font.capitals)
        return text;
    const std::unique_ptr<gchar, decltype(&g_free)> upper(
        g_utf8_strup(text.c_str(), static_cast<gssize>(text.size())), &g_free);
    return std::string(upper.get());
}

void configure_layout(PangoLayout* layout, const LabelFont& font, const std::string& display,
                      bool with_spacing) {
    const auto desc = describe(font);
    pango_layout_set_font_description(layout, desc.get());
    const std::unique_ptr<PangoAttrList, decltype(&pango_attr_list_unref)> attrs(
        pango_attr_list_new(), &pango_attr_list_unref);
    if (with_spacing && font.letter_spacing_pt != 0.0)
        pango_attr_list_insert(
            attrs.get(),
            pango_attr_letter_spacing_new(static_cast<int>(font.letter_spacing_pt * PANGO_SCALE)));
    pango_layout_set_attributes(layout, attrs.get());
    pango_layout_set_text(layout, display.c_str(), static_cast<int>(display.size()));
}

void prepare_label_context(PangoContext* context) {
    const std::unique_ptr<cairo_font_options_t, decltype(&cairo_font_options_destroy)> options(
        cairo_font_options_create(), &cairo_font_options_destroy);
    cairo_font_options_set_hint_metrics(options.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options.get(), CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options.get());
    pango_cairo_context_set_resolution(context, 72.0);
    pango_context_set_round_glyph_positions(context, FALSE);
}

Typesetter::Typesetter() {
    pin_fonts();
    m_font_map.reset(pango_cairo_font_map_new());
    if (!m_font_map)
        throw RenderError("pango: cannot create a font map");
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(m_font_map.get()), 72.0);
    m_context.reset(pango_font_map_create_context(m_font_map.get()));
    if (!m_context)
        throw RenderError("pango: cannot create a context");
    prepare_label_context(m_context.get());
}

SetText Typesetter::set(const LabelFont& font, const std::string& text) const {
    SetText result;
    result.display = display_text(font, text);
    const std::unique_ptr<PangoLayout, GObjectUnref> layout(pango_layout_new(m_context.get()));
    configure_layout(layout.get(), font, result.display, true);
    PangoRectangle ink;
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), &ink, &logical);
    const double baseline = to_pt(pango_layout_get_baseline(layout.get()));
    result.advance_pt = to_pt(logical.width);
    result.ink_left_pt = to_pt(ink.x);
    result.ink_right_pt = to_pt(ink.x + ink.width);
    result.ink_top_pt = to_pt(ink.y) - baseline;
    result.ink_bottom_pt = to_pt(ink.y + ink.height) - baseline;
    result.missing_glyphs = pango_layout_get_unknown_glyphs_count(layout.get());
    if (!result.display.empty())
        result.clusters = clusters_of(layout.get(), result.display);
    return result;
}

}  // namespace cm
