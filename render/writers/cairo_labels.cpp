#include "render/writers/cairo_labels.hpp"

#include <memory>

#include <pango/pangocairo.h>

#include "render/canvas/fonts.hpp"
#include "render/labels/layout.hpp"
#include "render/writers/detail/cluster_glyphs.hpp"

namespace cm {
namespace {

void set_colour(cairo_t* cr, const Colour& c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

/// A layout for one run on @p context: the run's own text, with letter spacing when it holds
/// the whole label or a line of it; for a cluster of a curved label, the whole label set as
/// it was measured.
Layout layout_run(PangoContext* context, const PlacedLabel& label, const PlacedRun& run) {
    Layout layout(pango_layout_new(context));
    if (run.whole.empty())
        configure_layout(layout.get(), label.font, run.text, label.kind != LabelKind::line);
    else
        configure_layout(layout.get(), label.font, run.whole, true);
    return layout;
}

/// Moves @p cr to @p run's origin and direction; for a run drawn from its layout, to the
/// layout's top-left corner set at the run's baseline.
void move_to_run(cairo_t* cr, PangoLayout* layout, const PlacedRun& run) {
    cairo_translate(cr, run.origin.x, run.origin.y);
    cairo_rotate(cr, run.angle_rad);
    const double baseline = static_cast<double>(pango_layout_get_baseline(layout)) / PANGO_SCALE;
    if (run.whole.empty())
        cairo_move_to(cr, 0.0, -baseline);
}

/// Draws @p run, or adds its outline to the current path when @p as_path. A cluster of a
/// curved label is drawn as its glyphs in the whole label, moved to the run's origin.
void run_text(cairo_t* cr, PangoLayout* layout, const PlacedRun& run, bool as_path) {
    if (!run.whole.empty())
        detail::cluster_glyphs(cr, layout, run.offset, run.offset + run.text.size(), as_path);
    else if (as_path)
        pango_cairo_layout_path(cr, layout);
    else
        pango_cairo_show_layout(cr, layout);
}

void draw_halo(cairo_t* cr, PangoContext* context, const PlacedLabel& label) {
    if (label.font.halo_pt <= 0.0 || label.font.halo.a <= 0.0)
        return;
    // One path for the whole label, stroked once, so a translucent halo is even where
    // neighbouring letters' halos meet.
    cairo_new_path(cr);
    for (const PlacedRun& run : label.runs) {
        const Layout layout = layout_run(context, label, run);
        cairo_save(cr);
        move_to_run(cr, layout.get(), run);
        run_text(cr, layout.get(), run, true);
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
        const Layout layout = layout_run(context, label, run);
        cairo_save(cr);
        move_to_run(cr, layout.get(), run);
        run_text(cr, layout.get(), run, false);
        cairo_restore(cr);
    }
}

}  // namespace

namespace {

/// Whether any box of @p label comes near the clip of @p cr (in its user space, page points).
bool reaches_clip(cairo_t* cr, const PlacedLabel& label) {
    constexpr double kOverhangPt = 12.0;  // glyphs past their logical box (italics, marks)
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
    cairo_clip_extents(cr, &x0, &y0, &x1, &y1);
    const PageBox clip{x0 - kOverhangPt, y0 - kOverhangPt, x1 + kOverhangPt, y1 + kOverhangPt};
    if (label.boxes.empty())
        return true;  // nothing says where it is: draw it
    for (const PageBox& box : label.boxes)
        if (box.intersects(clip))
            return true;
    return false;
}

}  // namespace

void draw_labels(cairo_t* cr, const std::vector<PlacedLabel>& labels) {
    if (labels.empty())
        return;
    // A band of a raster page draws only the labels that reach it: laying out the others
    // would cost as much and show nothing.
    std::vector<const PlacedLabel*> shown;
    for (const PlacedLabel& label : labels)
        if (reaches_clip(cr, label))
            shown.push_back(&label);
    if (shown.empty())
        return;
    pin_fonts();
    const TextContext context(pango_cairo_create_context(cr));
    prepare_label_context(context.get());
    cairo_save(cr);
    for (const PlacedLabel* label : shown)
        draw_halo(cr, context.get(), *label);
    for (const PlacedLabel* label : shown)
        draw_fill(cr, context.get(), *label);
    cairo_restore(cr);
}

}  // namespace cm
