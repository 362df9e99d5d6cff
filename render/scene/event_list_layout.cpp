#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "render/labels/candidates.hpp"
#include "render/language/words.hpp"
#include "render/scene/event_clusters.hpp"
#include "render/scene/event_labels.hpp"

namespace cm {
namespace {

constexpr double kLineEms = 1.25;      ///< line pitch, in font sizes
constexpr double kPadEms = 0.5;        ///< room inside the box
constexpr double kColumnGapEms = 1.0;  ///< between columns
constexpr double kInsetPt = 2.0 * kPtPerMm;
constexpr double kMaxHeightShare = 0.5;  ///< of the frame, before a new column starts
constexpr int kEdgeSteps = 12;           ///< an edge's places between its corners: at each twelfth
/// The list's type at the events' size, else smaller where the list would not fit the frame
/// (as the legend's steps down on a small page).
constexpr double kListScales[] = {1.0, 0.85, 0.7, 0.6, 0.5};

/// The list's lines in order: per numbered cluster, its number and first event, then its
/// later events indented.
std::vector<std::string> list_texts(const std::vector<EventCluster>& clusters,
                                    const std::vector<PageEvent>& events,
                                    const std::vector<SceneEvent>& beyond) {
    std::vector<const EventCluster*> numbered;
    for (const EventCluster& c : clusters)
        if (c.number > 0)
            numbered.push_back(&c);
    std::sort(numbered.begin(), numbered.end(),
              [](const EventCluster* a, const EventCluster* b) { return a->number < b->number; });
    std::vector<std::string> out;
    for (const EventCluster* c : numbered)
        for (std::size_t k = 0; k < c->members.size(); ++k) {
            std::string prefix = k == 0 ? std::to_string(c->number) + "  " : "     ";
            if (k == 0 && !c->header.empty())
                prefix += c->header + ": ";
            out.push_back(prefix + event_line(events[c->members[k]].event));
        }
    for (const SceneEvent& e : beyond)
        out.push_back("\u2192  " + event_line(e) + " (" + e.place_name + ", " +
                      tr("beyond the map") + ")");
    return out;
}

/// What the list keeps clear of: furniture (the legend, the scale bar, the locator) far more
/// than the clusters' marks, and those more than names placed before it (an animation's
/// fixed names and the year's polities), one box set per name.
struct Clearance {
    const std::vector<EventCluster>& clusters;
    const std::vector<PageBox>& furniture;
    const std::vector<std::vector<PageBox>>& names;
};

/// How much of the map the list at @p box hides.
int cost_of(const PageBox& box, const Clearance& keep) {
    int cost = 0;
    for (const PageBox& f : keep.furniture)
        cost += (f.width() > 0.0 && box.intersects(f)) ? 1000 : 0;
    for (const EventCluster& c : keep.clusters)
        cost += box.intersects(c.mark) ? 2 : 0;
    for (const std::vector<PageBox>& name : keep.names)
        cost += std::any_of(name.begin(), name.end(),
                            [&](const PageBox& b) { return box.intersects(b); })
                    ? 1
                    : 0;
    return cost;
}

/// The place for a box of @p w by @p h: a corner (bottom left, top left, bottom right, top
/// right), else a place along an edge between two corners; the first of the cheapest.
PageBox place_box(double w, double h, const PageBox& m, const Clearance& keep) {
    const double l = m.x0 + kInsetPt, r = m.x1 - kInsetPt - w;
    const double t = m.y0 + kInsetPt, b = m.y1 - kInsetPt - h;
    std::vector<PageBox> places{
        {l, b, l + w, b + h}, {l, t, l + w, t + h}, {r, b, r + w, b + h}, {r, t, r + w, t + h}};
    for (int k = 1; k < kEdgeSteps; ++k) {
        const double s = static_cast<double>(k) / kEdgeSteps;
        const double x = l + (r - l) * s, y = t + (b - t) * s;
        if (r > l)
            places.insert(places.end(), {{x, b, x + w, b + h}, {x, t, x + w, t + h}});
        if (b > t)
            places.insert(places.end(), {{l, y, l + w, y + h}, {r, y, r + w, y + h}});
    }
    PageBox best = places.front();
    int best_cost = cost_of(best, keep);
    for (const PageBox& box : places) {
        const int cost = cost_of(box, keep);
        if (cost < best_cost)
            best = box, best_cost = cost;
    }
    return best;
}

/// The list's lines set in @p font, in columns of rows down from the box's top left.
struct ListShape {
    LabelFont font;
    std::vector<SetText> sets;
    std::size_t rows = 1;
    double column_w = 0.0, w = 0.0, h = 0.0;
};

/// The lines in columns of up to @p share of the frame's height (all of it inside the box's
/// padding at 1), at least one line; the box's size with its padding.
ListShape shape_list(const std::vector<std::string>& texts, const LabelFont& font,
                     const PageBox& map_box, double share) {
    ListShape shape{font, {}, 1, 0.0, 0.0, 0.0};
    double width = 0.0;
    for (const std::string& text : texts) {
        shape.sets.push_back(thread_typesetter().set(font, text));
        width = std::max(width, shape.sets.back().advance_pt);
    }
    const double pitch = kLineEms * font.size_pt, pad = kPadEms * font.size_pt;
    shape.column_w = width + kColumnGapEms * font.size_pt;
    const double n = static_cast<double>(texts.size());
    const double room =
        share < 1.0 ? map_box.height() * share : map_box.height() - 2 * (kInsetPt + pad);
    const double rows = std::min(n, std::max(1.0, std::floor(room / pitch)));
    shape.rows = static_cast<std::size_t>(rows);
    shape.w = shape.column_w * std::ceil(n / rows) - kColumnGapEms * font.size_pt + 2 * pad;
    shape.h = pitch * rows + 2 * pad;
    return shape;
}

/// Where the list goes: in columns of up to half the frame's height at the font's size, else
/// at the first smaller step at which they fit across and a place by the frame's edge (a corner
/// first) is clear of the legend, the scale bar, the locator, the clusters' marks and the names
/// placed before it; failing that, columns of the frame's whole height likewise; failing that,
/// of the sizes that fit the frame, the one whose place hides the least furniture, then the
/// fewest marks and names, then the smallest; else the smallest size. The type steps down no
/// smaller than @p least_pt.
ListShape fitted_shape(const std::vector<std::string>& texts, const LabelFont& font,
                       double least_pt, const PageBox& map_box, const Clearance& keep) {
    std::optional<std::pair<std::pair<int, double>, ListShape>> least;
    ListShape shape;
    for (const double share : {kMaxHeightShare, 1.0})
        for (const double scale : kListScales) {
            LabelFont scaled = font;
            scaled.size_pt *= scale;
            if (scale < 1.0 && scaled.size_pt < least_pt - 1e-9)
                break;
            shape = shape_list(texts, scaled, map_box, share);
            if (shape.w > map_box.width() - 2 * kInsetPt ||
                shape.h > map_box.height() - 2 * kInsetPt)
                continue;
            const int cost = cost_of(place_box(shape.w, shape.h, map_box, keep), keep);
            if (cost == 0)
                return shape;
            const std::pair<int, double> key{cost, shape.w * shape.h};
            if (!least || key < least->first)
                least = {key, shape};
        }
    return least ? least->second : shape;
}

}  // namespace

namespace detail {

EventList lay_out_event_list(const std::vector<EventCluster>& clusters,
                             const std::vector<PageEvent>& events,
                             const std::vector<SceneEvent>& beyond, const LabelFont& font,
                             double least_pt, const PageBox& map_box,
                             const std::vector<PageBox>& furniture,
                             const std::vector<std::vector<PageBox>>& names) {
    EventList list;
    for (const SceneEvent& e : beyond)
        list.beyond.push_back(e.id);
    const std::vector<std::string> texts = list_texts(clusters, events, beyond);
    if (texts.empty())
        return list;
    const Clearance keep{clusters, furniture, names};
    ListShape shape = fitted_shape(texts, font, least_pt, map_box, keep);
    list.box = place_box(shape.w, shape.h, map_box, keep);
    const double size = shape.font.size_pt, pitch = kLineEms * size, pad = kPadEms * size;
    LabelRequest request;
    request.font = shape.font;
    for (std::size_t i = 0; i < shape.sets.size(); ++i) {
        const double x = list.box.x0 + pad + shape.column_w * static_cast<double>(i / shape.rows);
        const double y =
            list.box.y0 + pad + pitch * static_cast<double>(i % shape.rows + 1) - 0.3 * size;
        Candidate line = straight_candidate(request, shape.sets[i], {x, y});
        list.lines.push_back({"event-list:" + std::to_string(i + 1),
                              LabelKind::point,
                              shape.font,
                              std::move(line.runs),
                              std::move(line.boxes),
                              {}});
    }
    return list;
}

}  // namespace detail
}  // namespace cm
