#include "render/display/paint.hpp"

#include <pango/pangocairo.h>

#include "render/canvas/cairo_handles.hpp"
#include "render/labels/layout.hpp"

namespace cm {

void set_colour(Canvas& cr, const Colour& c) {
    cr.set_colour(c);
}

void set_colour(Canvas& cr, const Colour& c, double opacity) {
    cr.set_colour({c.r, c.g, c.b, c.a * opacity});
}

void trace_line(Canvas& cr, const std::vector<PagePt>& line) {
    if (line.size() < 2)
        return;
    cr.move_to(line.front().x, line.front().y);
    for (std::size_t i = 1; i < line.size(); ++i)
        cr.line_to(line[i].x, line[i].y);
}

void trace_shape(Canvas& cr, const PageShape& shape) {
    for (const auto& ring : shape.rings) {
        if (ring.size() < 3)
            continue;
        trace_line(cr, ring);
        cr.close_path();
    }
    cr.set_fill_rule(FillRule::even_odd);
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

TextSize measure_text(const Canvas& cr, const LabelFont& font, const std::string& text) {
    return measure_text(cr.measure(), font, text);
}

void draw_text(Canvas& cr, const LabelFont& font, const std::string& text, PagePt at,
               bool with_halo) {
    const TextSize size = measure_text(cr, font, text);
    cr.text(font, display_text(font, text), at, with_halo, size.baseline_pt, size.width_pt);
}

}  // namespace cm
