#include <pango/pangocairo.h>

#include "render/canvas/cairo_handles.hpp"
#include "render/labels/layout.hpp"
#include "render/writers/cairo_writer.hpp"

namespace cm {
namespace {

void set_colour(cairo_t* cr, const Colour& c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

/// Turns @p cr about the run's top-left corner when the run is not upright. @returns where
/// that corner is in the user space of @p cr then.
PagePt turn_to_run(cairo_t* cr, const TextRun& run) {
    if (run.angle_rad == 0.0)
        return run.at;
    cairo_translate(cr, run.at.x, run.at.y);
    cairo_rotate(cr, run.angle_rad);
    return {0.0, 0.0};
}

}  // namespace

void draw_text_run(cairo_t* cr, const TextRun& run) {
    Layout layout = make_layout(cr);
    configure_layout(layout.get(), run.font, run.text, true);
    const LabelFont& font = run.font;
    cairo_save(cr);
    cairo_new_path(cr);
    const PagePt at = turn_to_run(cr, run);
    cairo_move_to(cr, at.x, at.y);
    if (run.with_halo && font.halo_pt > 0.0 && font.halo.a > 0.0) {
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
