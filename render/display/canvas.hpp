#pragma once

// Canvas: what the layers draw on while the map is composed. It keeps a path, a pen (colour,
// width, caps, joins, dash, fill rule) and a transform as a Cairo context would, and each
// fill, stroke, clip, text or image becomes an item of a DisplayList in page points. Text is
// measured on a Cairo context of the output's kind (TextMeasure), so that what is measured is
// what the writer draws.

#include <string>
#include <vector>

#include <cairo.h>

#include "render/display/display_list.hpp"

namespace cm {

/// Records drawing into a DisplayList. Not copyable; one per composed page.
class Canvas {
  public:
    /// @p measure: the Cairo context text is measured on (never drawn on).
    Canvas(double width_pt, double height_pt, cairo_t* measure);
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    cairo_t* measure() const { return m_measure; }

    void begin_layer(const std::string& id, const std::string& label);
    void end_layer();
    /// Tags what is drawn until the matching restore() (or the next call) with @p feature.
    void set_feature(FeatureTag feature);

    void save();
    void restore();
    void translate(double dx, double dy);
    void rotate(double rad);

    void new_path();
    void new_sub_path();
    void move_to(double x, double y);
    void line_to(double x, double y);
    void curve_to(double x1, double y1, double x2, double y2, double x3, double y3);
    void arc(double cx, double cy, double r, double from_rad, double to_rad);
    void rectangle(double x, double y, double w, double h);
    void close_path();

    void set_colour(const Colour& c) { m_state.back().colour = c; }
    void set_line_width(double w) { m_state.back().stroke.width_pt = w; }
    void set_line_cap(LineCap cap) { m_state.back().stroke.cap = cap; }
    void set_line_join(LineJoin join) { m_state.back().stroke.join = join; }
    void set_dash(const double* dash, int count, double offset);
    void set_fill_rule(FillRule rule) { m_state.back().rule = rule; }

    void fill();
    void fill_preserve();
    void stroke();
    /// Fills the whole page in the current colour.
    void paint();
    void stroke_preserve();
    /// Everything drawn until the matching restore() is clipped to the current path.
    void clip();
    /// The bounding box of the current clip (the page when none).
    void clip_extents(double* x0, double* y0, double* x1, double* y1) const;

    /// A text run with its logical box's top-left at @p at (in the current transform).
    void text(const LabelFont& font, const std::string& display, PagePt at, bool with_halo,
              double baseline_pt, double width_pt);
    void labels(LabelSet labels);
    void image(std::shared_ptr<const RasterImage> image, PageBox box);

    /// @returns the display list drawn so far. @pre every layer and save() closed.
    DisplayList finish();

  private:
    struct State {
        Colour colour;
        StrokeStyle stroke;
        FillRule rule = FillRule::winding;
        double m[6] = {1, 0, 0, 1, 0, 0};  ///< xx, yx, xy, yy, x0, y0 (cairo_matrix_t)
        FeatureTag feature;
        int groups_opened = 0;  ///< clip groups to close on restore()
        PageBox clip_box;
    };
    PagePt user_to_page(double x, double y) const;
    double scale_of() const;
    Group& current();
    void open_group(Group group);
    void close_group();
    void add(Item item);
    void push(PathStep step);
    /// The fill or stroke of the current path: a shape with @p path, or the fill or stroke
    /// added to the shape just made of the same path.
    void add_fill(Path path);
    void add_stroke(Path path);

    DisplayList m_list;
    std::vector<Group*> m_open;
    std::vector<State> m_state;
    Path m_path;
    bool m_pending_subpath = false;
    bool m_preserved = false;  ///< the last item is a shape of the current path
    cairo_t* m_measure;
};

}  // namespace cm
