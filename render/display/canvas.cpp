#include "render/display/canvas.hpp"

#include <cassert>
#include <cmath>

namespace cm {

Canvas::Canvas(double width_pt, double height_pt, cairo_t* measure) : m_measure(measure) {
    m_list.width_pt = width_pt;
    m_list.height_pt = height_pt;
    State first;
    first.clip_box = {0.0, 0.0, width_pt, height_pt};
    m_state.push_back(first);
    m_open.push_back(&m_list.root);
}

Group& Canvas::current() {
    return *m_open.back();
}

void Canvas::add(Item item) {
    current().items.push_back(std::move(item));
}

void Canvas::open_group(Group group) {
    auto owned = std::make_unique<Group>(std::move(group));
    Group* raw = owned.get();
    add(std::move(owned));
    m_open.push_back(raw);
}

void Canvas::close_group() {
    assert(m_open.size() > 1);
    m_open.pop_back();
}

void Canvas::begin_layer(const std::string& id, const std::string& label) {
    Group layer;
    layer.id = id;
    layer.label = label;
    open_group(std::move(layer));
    save();
}

void Canvas::end_layer() {
    restore();
    close_group();
}

void Canvas::set_feature(FeatureTag feature) {
    m_state.back().feature = std::move(feature);
}

void Canvas::save() {
    State copy = m_state.back();
    copy.groups_opened = 0;
    m_state.push_back(std::move(copy));
}

void Canvas::restore() {
    assert(m_state.size() > 1);
    for (int i = 0; i < m_state.back().groups_opened; ++i)
        close_group();
    m_state.pop_back();
}

void Canvas::translate(double dx, double dy) {
    double* m = m_state.back().m;
    m[4] += m[0] * dx + m[2] * dy;
    m[5] += m[1] * dx + m[3] * dy;
}

void Canvas::rotate(double rad) {
    double* m = m_state.back().m;
    const double c = std::cos(rad), s = std::sin(rad);
    const double xx = m[0] * c + m[2] * s, yx = m[1] * c + m[3] * s;
    const double xy = -m[0] * s + m[2] * c, yy = -m[1] * s + m[3] * c;
    m[0] = xx, m[1] = yx, m[2] = xy, m[3] = yy;
}

PagePt Canvas::user_to_page(double x, double y) const {
    const double* m = m_state.back().m;
    return {m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]};
}

double Canvas::scale_of() const {
    const double* m = m_state.back().m;
    return std::sqrt(std::abs(m[0] * m[3] - m[1] * m[2]));
}

void Canvas::new_path() {
    m_path.clear();
    m_pending_subpath = false;
    m_preserved = false;
}

void Canvas::push(PathStep step) {
    m_path.push_back(step);
    m_preserved = false;
}

void Canvas::new_sub_path() {
    m_pending_subpath = true;
}

void Canvas::move_to(double x, double y) {
    push({PathStep::Verb::move, user_to_page(x, y), {}, {}, 0, 0, 0, false});
    m_pending_subpath = false;
}

void Canvas::line_to(double x, double y) {
    push({PathStep::Verb::line, user_to_page(x, y), {}, {}, 0, 0, 0, false});
}

void Canvas::curve_to(double x1, double y1, double x2, double y2, double x3, double y3) {
    push({PathStep::Verb::curve, user_to_page(x3, y3), user_to_page(x1, y1), user_to_page(x2, y2),
          0, 0, 0, false});
}

void Canvas::arc(double cx, double cy, double r, double from_rad, double to_rad) {
    const double* m = m_state.back().m;
    const double turn = std::atan2(m[1], m[0]);
    push({PathStep::Verb::arc,
          user_to_page(cx, cy),
          {},
          {},
          r * scale_of(),
          from_rad + turn,
          to_rad + turn,
          m_pending_subpath || m_path.empty()});
    m_pending_subpath = false;
}

void Canvas::rectangle(double x, double y, double w, double h) {
    move_to(x, y);
    line_to(x + w, y);
    line_to(x + w, y + h);
    line_to(x, y + h);
    close_path();
}

void Canvas::close_path() {
    push({PathStep::Verb::close, {}, {}, {}, 0, 0, 0, false});
}

void Canvas::set_dash(const double* dash, int count, double offset) {
    StrokeStyle& s = m_state.back().stroke;
    s.dash_pt.assign(dash, dash + (count > 0 ? count : 0));
    s.dash_offset_pt = offset;
}

void Canvas::fill() {
    add_fill(std::move(m_path));
    new_path();
}

void Canvas::fill_preserve() {
    add_fill(m_path);
}

void Canvas::stroke() {
    add_stroke(std::move(m_path));
    new_path();
}

void Canvas::stroke_preserve() {
    add_stroke(m_path);
}

void Canvas::add_fill(Path path) {
    const State& s = m_state.back();
    // An outline just stroked with the same path becomes this shape's stroke, drawn first.
    if (!current().items.empty())
        if (auto* last = std::get_if<Shape>(&current().items.back());
            m_preserved && last && !last->fill && last->stroke && last->feature == s.feature) {
            last->fill = s.colour;
            last->rule = s.rule;
            last->stroke_first = true;
            m_preserved = false;
            return;
        }
    Shape shape;
    shape.path = std::move(path);
    shape.rule = s.rule;
    shape.fill = s.colour;
    shape.feature = s.feature;
    add(std::move(shape));
    m_preserved = true;
}

void Canvas::add_stroke(Path path) {
    const State& s = m_state.back();
    StrokeStyle stroke = s.stroke;
    stroke.colour = s.colour;
    if (!current().items.empty())
        if (auto* last = std::get_if<Shape>(&current().items.back());
            m_preserved && last && last->fill && !last->stroke && last->feature == s.feature) {
            last->stroke = std::move(stroke);
            m_preserved = false;
            return;
        }
    Shape shape;
    shape.path = std::move(path);
    shape.rule = s.rule;
    shape.stroke = std::move(stroke);
    shape.feature = s.feature;
    add(std::move(shape));
    m_preserved = true;
}

void Canvas::paint() {
    Shape shape;
    shape.fill = m_state.back().colour;
    shape.whole_page = true;
    shape.feature = m_state.back().feature;
    add(std::move(shape));
    m_preserved = false;
}

void Canvas::clip() {
    State& s = m_state.back();
    Group group;
    group.clip = m_path;
    group.clip_rule = s.rule;
    PageBox box{1e300, 1e300, -1e300, -1e300};
    for (const PathStep& step : m_path) {
        if (step.verb == PathStep::Verb::close)
            continue;
        const double r = step.radius_pt;
        box.x0 = std::min(box.x0, step.p.x - r), box.y0 = std::min(box.y0, step.p.y - r);
        box.x1 = std::max(box.x1, step.p.x + r), box.y1 = std::max(box.y1, step.p.y + r);
    }
    s.clip_box = {std::max(box.x0, s.clip_box.x0), std::max(box.y0, s.clip_box.y0),
                  std::min(box.x1, s.clip_box.x1), std::min(box.y1, s.clip_box.y1)};
    open_group(std::move(group));
    ++s.groups_opened;
    new_path();
}

void Canvas::clip_extents(double* x0, double* y0, double* x1, double* y1) const {
    const PageBox& b = m_state.back().clip_box;
    *x0 = b.x0, *y0 = b.y0, *x1 = b.x1, *y1 = b.y1;
}

void Canvas::text(const LabelFont& font, const std::string& display, PagePt at, bool with_halo,
                  double baseline_pt, double width_pt) {
    const double* m = m_state.back().m;
    TextRun run{font,     display,   user_to_page(at.x, at.y), std::atan2(m[1], m[0]), baseline_pt,
                width_pt, with_halo, m_state.back().feature};
    add(std::move(run));
    m_preserved = false;
}

void Canvas::labels(LabelSet labels) {
    add(std::move(labels));
    m_preserved = false;
}

void Canvas::image(std::shared_ptr<const RasterImage> image, PageBox box) {
    add(ImageItem{std::move(image), box, m_state.back().feature});
    m_preserved = false;
}

DisplayList Canvas::finish() {
    assert(m_open.size() == 1 && m_state.size() == 1);
    return std::move(m_list);
}

}  // namespace cm
