#pragma once

// The display list: a map composed once, as plain values any writer can replay. Groups (one per
// layer, nested for clips), shapes (a path with its fill and stroke), text runs (a string in a
// font at a place, or the runs of a placed label with per-glyph positions along a river) and
// images (the relief, with its placement on the page). Everything is in page points; nothing
// here knows Cairo, Pango or SVG. Each item names the feature it draws (kind and data id), so
// a writer can tag it (render/writers/).

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "render/canvas/colour.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/labels/label.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

enum class LineCap { butt, round, square };
enum class LineJoin { miter, round, bevel };
enum class FillRule { winding, even_odd };

/// One step of a path. Arcs are circles on the page (centre, radius, angles in radians,
/// clockwise on the page as in Cairo).
struct PathStep {
    enum class Verb { move, line, curve, arc, close };
    Verb verb = Verb::move;
    PagePt p;       ///< move, line: the point; curve: the end; arc: the centre
    PagePt c1, c2;  ///< curve: the control points
    double radius_pt = 0.0, from_rad = 0.0, to_rad = 0.0;  ///< arc
    /// arc: starts a new subpath (cairo_new_sub_path before it) rather than joining the
    /// current point to its start
    bool new_subpath = false;
};
using Path = std::vector<PathStep>;

/// What a drawn item stands for: the kind of feature ("place", "river", "polity", "region",
/// "event", "route", "label"...) and its id in the data; empty for furniture.
struct FeatureTag {
    std::string kind;
    std::string id;
    friend bool operator==(const FeatureTag&, const FeatureTag&) = default;
};

struct StrokeStyle {
    Colour colour;
    double width_pt = 2.0;
    LineCap cap = LineCap::butt;
    LineJoin join = LineJoin::miter;
    std::vector<double> dash_pt;  ///< on, off, ...; empty: solid
    double dash_offset_pt = 0.0;
};

/// A path filled, stroked or both: filled first unless @ref stroke_first (an outline under
/// its fill, as an arrowhead's halo).
struct Shape {
    Path path;
    FillRule rule = FillRule::winding;
    std::optional<Colour> fill;
    std::optional<StrokeStyle> stroke;
    bool stroke_first = false;
    bool whole_page = false;  ///< fills the whole page (the paper), path ignored
    FeatureTag feature;
};

/// A line of text in one font: the top-left of its logical box at @ref at, turned by
/// @ref angle_rad about that corner; the halo (LabelFont) under it when @ref with_halo.
/// The text is a value of its own, so it can be swapped (another language) without touching
/// anything else of the run.
struct TextRun {
    LabelFont font;
    std::string text;  ///< as drawn (already capitalised)
    PagePt at;
    double angle_rad = 0.0;
    double baseline_pt = 0.0;  ///< from the top of the logical box to the baseline
    double width_pt = 0.0;     ///< advance of the whole run
    bool with_halo = true;
    FeatureTag feature;
};

/// Placed labels, drawn together: every halo first, then every fill, so that no halo covers a
/// neighbour's letters. Each label's runs carry their own positions and angles: one run per
/// line, or one per letter for a label along a river (PlacedRun).
struct LabelSet {
    std::vector<PlacedLabel> labels;
    std::vector<std::string> kinds;  ///< feature kind of each label (FeatureTag::kind)
};

/// A raster image (the relief) covering @ref box on the page.
struct ImageItem {
    std::shared_ptr<const RasterImage> image;
    PageBox box;
    FeatureTag feature;
};

struct Group;
/// A group is owned by the item that holds it, or shared, immutable, by several pages: the
/// frames of an animation hold the same groups of the layers that stay the same.
using Item = std::variant<Shape, TextRun, LabelSet, ImageItem, std::unique_ptr<Group>,
                          std::shared_ptr<const Group>>;

/// A group of items: a layer (id and label set), or the part of one drawn inside a clip.
struct Group {
    std::string id;     ///< layers: "relief", "territories"...; empty for clip groups
    std::string label;  ///< layers: the name an editor shows
    std::optional<Path> clip;
    FillRule clip_rule = FillRule::winding;
    std::vector<Item> items;
};

/// The group @p item holds, owned or shared; nullptr when it holds none.
inline const Group* group_in(const Item& item) {
    if (const auto* owned = std::get_if<std::unique_ptr<Group>>(&item))
        return owned->get();
    if (const auto* shared = std::get_if<std::shared_ptr<const Group>>(&item))
        return shared->get();
    return nullptr;
}

/// A composed page: its size and the layers bottom to top.
struct DisplayList {
    double width_pt = 0.0, height_pt = 0.0;
    std::string title;
    Group root;
};

}  // namespace cm
