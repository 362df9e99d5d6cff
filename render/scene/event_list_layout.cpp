#include <algorithm>
#include <array>
#include <cmath>

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

const Typesetter& thread_typesetter() {
    thread_local const Typesetter typesetter;
    return typesetter;
}

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

/// How much of the corner box @p box is in the way: furniture counts far more than marks.
int cost_of(const PageBox& box, const std::vector<EventCluster>& clusters,
            const std::vector<PageBox>& furniture) {
    int cost = 0;
    for (const PageBox& f : furniture)
        cost += (f.width() > 0.0 && box.intersects(f)) ? 1000 : 0;
    for (const EventCluster& c : clusters)
        cost += box.intersects(c.mark) ? 1 : 0;
    return cost;
}

/// The corner for a box of @p w by @p h: bottom left, top left, bottom right, top right, the
/// first of the cheapest.
PageBox corner_box(double w, double h, const PageBox& m, const std::vector<EventCluster>& clusters,
                   const std::vector<PageBox>& furniture) {
    const double l = m.x0 + kInsetPt, r = m.x1 - kInsetPt - w;
    const double t = m.y0 + kInsetPt, b = m.y1 - kInsetPt - h;
    const std::array<PageBox, 4> corners{
        {{l, b, l + w, b + h}, {l, t, l + w, t + h}, {r, b, r + w, b + h}, {r, t, r + w, t + h}}};
    PageBox best = corners.front();
    int best_cost = cost_of(best, clusters, furniture);
    for (const PageBox& box : corners) {
        const int cost = cost_of(box, clusters, furniture);
        if (cost < best_cost)
            best = box, best_cost = cost;
    }
    return best;
}

}  // namespace

namespace detail {

EventList lay_out_event_list(const std::vector<EventCluster>& clusters,
                             const std::vector<PageEvent>& events,
                             const std::vector<SceneEvent>& beyond, const LabelFont& font,
                             const PageBox& map_box, const std::vector<PageBox>& furniture) {
    EventList list;
    for (const SceneEvent& e : beyond)
        list.beyond.push_back(e.id);
    const std::vector<std::string> texts = list_texts(clusters, events, beyond);
    if (texts.empty())
        return list;
    std::vector<SetText> sets;
    double width = 0.0;
    for (const std::string& text : texts) {
        sets.push_back(thread_typesetter().set(font, text));
        width = std::max(width, sets.back().advance_pt);
    }
    const double pitch = kLineEms * font.size_pt, pad = kPadEms * font.size_pt;
    const double column_w = width + kColumnGapEms * font.size_pt;
    // Half the frame's height, or all of it when the columns would not fit across.
    auto rows = static_cast<std::size_t>(
        std::max(1.0, std::floor(map_box.height() * kMaxHeightShare / pitch)));
    if (column_w * std::ceil(static_cast<double>(texts.size()) / static_cast<double>(rows)) >
        map_box.width() - 2 * (kInsetPt + pad))
        rows = static_cast<std::size_t>(
            std::max(1.0, std::floor((map_box.height() - 2 * (kInsetPt + pad)) / pitch)));
    const std::size_t columns = (texts.size() + rows - 1) / rows;
    const std::size_t used_rows = std::min(rows, texts.size());
    const double w = column_w * static_cast<double>(columns) - kColumnGapEms * font.size_pt;
    list.box = corner_box(w + 2 * pad, pitch * static_cast<double>(used_rows) + 2 * pad, map_box,
                          clusters, furniture);
    LabelRequest request;
    request.font = font;
    for (std::size_t i = 0; i < sets.size(); ++i) {
        const double x = list.box.x0 + pad + column_w * static_cast<double>(i / rows);
        const double y =
            list.box.y0 + pad + pitch * static_cast<double>(i % rows + 1) - 0.3 * font.size_pt;
        Candidate line = straight_candidate(request, sets[i], {x, y});
        list.lines.push_back({"event-list:" + std::to_string(i + 1),
                              LabelKind::point,
                              font,
                              std::move(line.runs),
                              std::move(line.boxes),
                              {}});
    }
    return list;
}

}  // namespace detail
}  // namespace cm
