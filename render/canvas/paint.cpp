#include "render/canvas/paint.hpp"

#include <pango/pangocairo.h>

#include "render/canvas/cairo_handles.hpp"
#include "render/labels/layout.hpp"

namespace cm {

void set_colour(cairo_t* cr, const Colour& c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

void set_colour(cairo_t* cr, const Colour& c, double opacity) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a * opacity);
}

void trace_line(cairo_t* cr, const std::vector<PagePt>& line) {
    if (line.size() < 2)
        return;
    cairo_move_to(cr, line.front().x, line.front().y);
    for (std::size_t i = 1; i < line.size(); ++i)
        cairo_line_to(cr, line[i].x, line[i].y);
}

void trace_shape(cairo_t* cr, const PageShape& shape) {
    for (const auto& ring : shape.rings) {
        if (ring.size() < 3)
            continue;
        trace_line(cr, ring);
        cairo_close_path(cr);
    }
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
}

TextSize measure_text(cairo_t* cr, const LabelFont& font, const std::string& text) {
    Layout layout = make_layout(cr);
    configure_layout(layout.get(), font, display_text(font, text), true);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    TextSize size;
    size.width_pt = logical.width / double(PANGO_SCALE);
    size.height_pt = logical.height / double(PANGO_SCALE);
    size.baseline_pt = pango_layout_get_baseline(layout.get()) / double(PANGO_SCALE);
    return size;
}

void draw_text(cairo_t* cr, const LabelFont& font, const std::string& text, PagePt at,
               bool with_halo) {
    Layout layout = make_layout(cr);
    configure_layout(layout.get(), font, display_text(font, text), true);
    cairo_save(cr);
    cairo_move_to(cr, at.x, at.y);
    if (with_halo && font.halo_pt > 0.0 && font.halo.a > 0.0) {
        pango_cairo_layout_path(cr, layout.get());
        set_colour(cr, font.halo);
        cairo_set_line_width(cr, 2.0 * font.halo_pt);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr);
        cairo_move_to(cr, at.x, at.y);
    }
    set_colour(cr, font.colour);
    pango_cairo_show_layout(cr, layout.get());
    cairo_restore(cr);
}

}  // namespace cm
