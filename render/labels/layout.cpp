#include "layout.hpp"

#include <algorithm>

#include <glib.h>

#include "geodata/model/error.hpp"
#include "render/canvas/cairo_handles.hpp"
#include "render/canvas/fonts.hpp"

namespace cm {
namespace {

double to_pt(int pango_units) {
    return static_cast<double>(pango_units) / PANGO_SCALE;
}

FontDescription describe(const LabelFont& font) {
    FontDescription desc(pango_font_description_new());
    pango_font_description_set_family(desc.get(), font.family.c_str());
    pango_font_description_set_absolute_size(desc.get(), font.size_pt * PANGO_SCALE);
    pango_font_description_set_style(desc.get(),
                                     font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_font_description_set_weight(desc.get(),
                                      font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    return desc;
}

/// The byte where the cluster starting at @p start ends: the next cluster start after it in
/// logical order, else the end of the text. Pango walks clusters in visual order, which is
/// the reverse of the logical one in right-to-left runs, so neighbours in the walk are not
/// neighbours in the text.
std::size_t cluster_end(const std::vector<std::size_t>& sorted_starts, std::size_t start,
                        std::size_t text_size) {
    const auto next = std::upper_bound(sorted_starts.begin(), sorted_starts.end(), start);
    return next == sorted_starts.end() ? text_size : *next;
}

std::vector<LabelCluster> clusters_of(PangoLayout* layout, const std::string& display) {
    std::vector<LabelCluster> clusters;
    const LayoutIter owner(pango_layout_get_iter(layout));
    PangoLayoutIter* iter = owner.get();
    do {
        PangoRectangle logical;
        pango_layout_iter_get_cluster_extents(iter, nullptr, &logical);
        const auto start = static_cast<std::size_t>(pango_layout_iter_get_index(iter));
        if (start < display.size())
            clusters.push_back({"", start, to_pt(logical.x), to_pt(logical.width)});
    } while (pango_layout_iter_next_cluster(iter));
    std::vector<std::size_t> starts;
    for (const LabelCluster& cluster : clusters)
        starts.push_back(cluster.offset);
    std::sort(starts.begin(), starts.end());
    for (LabelCluster& cluster : clusters)
        cluster.text = display.substr(
            cluster.offset, cluster_end(starts, cluster.offset, display.size()) - cluster.offset);
    return clusters;
}

/// Scripts whose letters join: spacing them apart would break the joins.
bool joins(GUnicodeScript script) {
    switch (script) {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_MONGOLIAN:
        case G_UNICODE_SCRIPT_NKO:
        case G_UNICODE_SCRIPT_MANDAIC:
        case G_UNICODE_SCRIPT_MANICHAEAN:
        case G_UNICODE_SCRIPT_PSALTER_PAHLAVI:
        case G_UNICODE_SCRIPT_PHAGS_PA:
        case G_UNICODE_SCRIPT_ADLAM:
        case G_UNICODE_SCRIPT_SOGDIAN:
        case G_UNICODE_SCRIPT_HANIFI_ROHINGYA:
            return true;
        default:
            return false;
    }
}

}  // namespace

namespace detail {

std::vector<std::pair<std::size_t, std::size_t>> spaced_ranges(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    bool joining = false;  // punctuation, spaces and marks go with the letters before them
    for (const char* p = text.c_str(); *p != '\0'; p = g_utf8_next_char(p)) {
        const GUnicodeScript script = g_unichar_get_script(g_utf8_get_char(p));
        if (script != G_UNICODE_SCRIPT_COMMON && script != G_UNICODE_SCRIPT_INHERITED)
            joining = joins(script);
        if (joining)
            continue;
        const auto start = static_cast<std::size_t>(p - text.c_str());
        const auto end = static_cast<std::size_t>(g_utf8_next_char(p) - text.c_str());
        if (!ranges.empty() && ranges.back().second == start)
            ranges.back().second = end;
        else
            ranges.emplace_back(start, end);
    }
    return ranges;
}

bool has_joining_letters(const std::string& text) {
    for (const char* p = text.c_str(); *p != '\0'; p = g_utf8_next_char(p))
        if (joins(g_unichar_get_script(g_utf8_get_char(p))))
            return true;
    return false;
}

}  // namespace detail

std::string display_text(const LabelFont& font, const std::string& text) {
    if (!font.capitals)
        return text;
    const GlibText upper(g_utf8_strup(text.c_str(), static_cast<gssize>(text.size())));
    return std::string(upper.get());
}

void configure_layout(PangoLayout* layout, const LabelFont& font, const std::string& display,
                      bool with_spacing) {
    const auto desc = describe(font);
    pango_layout_set_font_description(layout, desc.get());
    const AttrList attrs(pango_attr_list_new());
    if (with_spacing && font.letter_spacing_pt != 0.0) {
        for (const auto& [start, end] : detail::spaced_ranges(display)) {
            PangoAttribute* spacing = pango_attr_letter_spacing_new(
                static_cast<int>(font.letter_spacing_pt * PANGO_SCALE));
            spacing->start_index = static_cast<guint>(start);
            spacing->end_index = static_cast<guint>(end);
            pango_attr_list_insert(attrs.get(), spacing);
        }
    }
    pango_layout_set_attributes(layout, attrs.get());
    pango_layout_set_text(layout, display.c_str(), static_cast<int>(display.size()));
}

Layout make_layout(cairo_t* cr) {
    const TextContext context(pango_cairo_create_context(cr));
    if (!context)
        throw RenderError("pango: cannot create a text context");
    prepare_label_context(context.get());
    Layout layout(pango_layout_new(context.get()));
    if (!layout)
        throw RenderError("pango: cannot create a text layout");
    return layout;
}

void prepare_label_context(PangoContext* context) {
    const FontOptions options(cairo_font_options_create());
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
    // Bounded: a run of many maps (an animation) sets new texts every year.
    constexpr std::size_t kRemembered = 4096;
    Key key{font.family,   font.size_pt, font.italic, font.bold, font.letter_spacing_pt,
            font.capitals, text};
    if (const auto found = m_set.find(key); found != m_set.end())
        return found->second;
    if (m_set.size() >= kRemembered)
        m_set.clear();
    SetText result = lay_out(font, text);
    m_set.emplace(std::move(key), result);
    return result;
}

SetText Typesetter::lay_out(const LabelFont& font, const std::string& text) const {
    SetText result;
    result.display = display_text(font, text);
    const Layout layout(pango_layout_new(m_context.get()));
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

const Typesetter& thread_typesetter() {
    thread_local const Typesetter typesetter;
    return typesetter;
}

}  // namespace cm
