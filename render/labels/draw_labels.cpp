#include "draw_labels.hpp"

#include <memory>

#include <pango/pangocairo.h>

#include "render/canvas/fonts.hpp"
#include "render/labels/layout.hpp"

namespace cm {
namespace {

using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

void set_colour(cairo_t* cr, const Colour& c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

/// A layout for one run on @p context; letter spacing only for runs that hold the whole
/// label (a curved label's letters are already spaced by their positions).
LayoutPtr layout_run(PangoContext* context, const PlacedLabel& label, const PlacedRun& run) {
    LayoutPtr layout(pango_layout_new(context));
    configure_layout(layout.get(), label.font, run.text, label.kind != LabelKind::line);
    return layout;
}

/// Moves @p cr to the top-left corner of @p layout set at @p run's baseline.
void move_to_run(cairo_t* cr, PangoLayout* layout, const PlacedRun& run) {
    cairo_translate(cr, run.origin.x, run.origin.y);
    cairo_rotate(cr, run.angle_rad);
    const double baseline = static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    cairo_move_to(cr, 0.0, -baseline);
}

void draw_halo(cairo_t* cr, PangoContext* context, const PlacedLabel& label) {
    if (label.font.halo_pt <= 0.0 || label.font.halo.a <= 0.0)
        return;
    // One path for the whole label, stroked once, so a translucent halo is even where
    // neighbouring letters' halos meet.
    cairo_new_path(cr);
    for (const PlacedRun& run : label.runs) {
        const LayoutPtr layout = layout_run(context, label, run);
        cairo_save(cr);
        move_to_run(cr, layout.get(), run);
        pango_cairo_layout_path(cr, layout.get());
        cairo_restore(cr);
    }
    set_colour(cr, label.font.halo);
    cairo_set_line_width(cr, 2.0 * label.font.halo_pt);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_stroke(cr);
}

void draw_fill(cairo_t* cr, PangoContext* context, const PlacedLabel& label) {
    set_colour(cr, label.font.colour);
    for (const PlacedRun& run : label.runs) {
        const LayoutPtr layout = layout_run(context, label, run);
        cairo_save(cr);
        move_to_run(cr, layout.get(), run);
        pango_cairo_show_layout(cr, layout.get());
        cairo_restore(cr);
    }
}

}  // namespace

void draw_labels(cairo_t* cr, const std::vector<PlacedLabel>& labels) {
    if (labels.empty())
        return;
    pin_fonts();
    const std::unique_ptr<PangoContext, GObjectUnref> context(pango_cairo_create_context(cr));
    prepare_label_context(context.get());
    cairo_save(cr);
    for (const PlacedLabel& label : labels)
        draw_halo(cr, context.get(), label);
    for (const PlacedLabel& label : labels)
        draw_fill(cr, context.get(), label);
    cairo_restore(cr);
}

}  // namespace cm
