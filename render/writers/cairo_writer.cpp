#include "render/writers/cairo_writer.hpp"

#include "render/writers/cairo_labels.hpp"

namespace cm {
namespace {

cairo_line_cap_t cairo_cap(LineCap cap) {
    switch (cap) {
        case LineCap::round:
            return CAIRO_LINE_CAP_ROUND;
        case LineCap::square:
            return CAIRO_LINE_CAP_SQUARE;
        case LineCap::butt:
            break;
    }
    return CAIRO_LINE_CAP_BUTT;
}

cairo_line_join_t cairo_join(LineJoin join) {
    switch (join) {
        case LineJoin::round:
            return CAIRO_LINE_JOIN_ROUND;
        case LineJoin::bevel:
            return CAIRO_LINE_JOIN_BEVEL;
        case LineJoin::miter:
            break;
    }
    return CAIRO_LINE_JOIN_MITER;
}

cairo_fill_rule_t cairo_rule(FillRule rule) {
    return rule == FillRule::even_odd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING;
}

void set_colour(cairo_t* cr, const Colour& c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

void fill(cairo_t* cr, const Shape& shape) {
    set_colour(cr, *shape.fill);
    cairo_set_fill_rule(cr, cairo_rule(shape.rule));
    cairo_fill_preserve(cr);
}

void stroke(cairo_t* cr, const StrokeStyle& s) {
    set_colour(cr, s.colour);
    cairo_set_line_width(cr, s.width_pt);
    cairo_set_line_cap(cr, cairo_cap(s.cap));
    cairo_set_line_join(cr, cairo_join(s.join));
    cairo_set_dash(cr, s.dash_pt.data(), static_cast<int>(s.dash_pt.size()), s.dash_offset_pt);
    cairo_stroke_preserve(cr);
}

void draw_shape(cairo_t* cr, const Shape& shape) {
    if (shape.whole_page) {
        set_colour(cr, *shape.fill);
        cairo_paint(cr);
        return;
    }
    cairo_new_path(cr);
    trace_path(cr, shape.path);
    if (shape.stroke && shape.stroke_first)
        stroke(cr, *shape.stroke);
    if (shape.fill)
        fill(cr, shape);
    if (shape.stroke && !shape.stroke_first)
        stroke(cr, *shape.stroke);
    cairo_new_path(cr);
}

void draw_group(cairo_t* cr, const Group& group);

struct ItemDrawer {
    cairo_t* cr;
    void operator()(const Shape& s) const { draw_shape(cr, s); }
    void operator()(const TextRun& t) const { draw_text_run(cr, t); }
    void operator()(const LabelSet& l) const { draw_labels(cr, l.labels); }
    void operator()(const ImageItem& i) const {
        if (i.image)
            draw_image(cr, *i.image, i.box);
    }
    void operator()(const std::unique_ptr<Group>& g) const { draw_group(cr, *g); }
    void operator()(const std::shared_ptr<const Group>& g) const { draw_group(cr, *g); }
};

void draw_group(cairo_t* cr, const Group& group) {
    cairo_save(cr);
    if (group.clip) {
        cairo_new_path(cr);
        trace_path(cr, *group.clip);
        cairo_set_fill_rule(cr, cairo_rule(group.clip_rule));
        cairo_clip(cr);
    }
    for (const Item& item : group.items)
        std::visit(ItemDrawer{cr}, item);
    cairo_restore(cr);
}

}  // namespace

void trace_path(cairo_t* cr, const Path& path) {
    for (const PathStep& s : path) {
        switch (s.verb) {
            case PathStep::Verb::move:
                cairo_move_to(cr, s.p.x, s.p.y);
                break;
            case PathStep::Verb::line:
                cairo_line_to(cr, s.p.x, s.p.y);
                break;
            case PathStep::Verb::curve:
                cairo_curve_to(cr, s.c1.x, s.c1.y, s.c2.x, s.c2.y, s.p.x, s.p.y);
                break;
            case PathStep::Verb::arc:
                if (s.new_subpath)
                    cairo_new_sub_path(cr);
                cairo_arc(cr, s.p.x, s.p.y, s.radius_pt, s.from_rad, s.to_rad);
                break;
            case PathStep::Verb::close:
                cairo_close_path(cr);
                break;
        }
    }
}

void draw_display_list(cairo_t* cr, const DisplayList& list) {
    draw_group(cr, list.root);
}

}  // namespace cm
