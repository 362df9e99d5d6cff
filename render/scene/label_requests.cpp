#include "render/scene/label_requests.hpp"

#include <algorithm>
#include <cmath>

#include "geodata/model/territory.hpp"
#include "render/labels/candidate_cache.hpp"
#include "render/labels/placement.hpp"
#include "render/layers/legend.hpp"
#include "render/layers/legend_content.hpp"
#include "render/layers/route_geometry.hpp"
#include "render/layers/scale_bar.hpp"
#include "render/scene/event_labels.hpp"
#include "render/scene/label_priorities.hpp"
#include "render/scene/river_label_path.hpp"
#include "render/scene/route_obstacles.hpp"
#include "render/scene/water_label_point.hpp"
#include "render/style/styled_page.hpp"

namespace cm {
namespace {

// The order of the categories is label_priorities.hpp's; within water, lakes come before
// rivers and rivers by rank, and within towns those on a route before the others.
constexpr int kPolity = label_priority(LabelCategory::polity);
constexpr int kEvent = label_priority(LabelCategory::event);
constexpr int kEventTown = label_priority(LabelCategory::event_town);
constexpr int kRouteTown = label_priority(LabelCategory::town, 0);
constexpr int kPlace = label_priority(LabelCategory::town, 1);
constexpr int kLake = label_priority(LabelCategory::water, 0);
constexpr int kRiver = label_priority(LabelCategory::water, 1);
constexpr int kRegion = label_priority(LabelCategory::region);

/// A river's priority: after the lakes, by rank (0 the largest), within the water's step.
int river_priority(int rank) {
    return kRiver + std::clamp(rank, 0, kPriorityStep - 2);
}

int place_priority(const PagePlace& p, const std::vector<std::string>& event_towns) {
    if (std::binary_search(event_towns.begin(), event_towns.end(), p.id))
        return kEventTown;
    return p.involved ? kRouteTown : kPlace;
}

/// An area's label; @p bound: it must lie inside the area's shape (polities and regions; a
/// lake may be named beside a small lake).
void add_area(std::vector<LabelRequest>& out, const PageArea& a, int priority,
              const LabelFont& font, bool bound) {
    if (a.name.empty())
        return;
    LabelRequest r{"area:" + a.id, a.name, LabelKind::area, priority, font, a.label_at, 0.0, {}};
    if (bound)
        r.inside = a.shape.rings;
    out.push_back(std::move(r));
}

void add_rivers(std::vector<LabelRequest>& out, const PageMap& map, const Style& style) {
    for (const PageLine& river : map.rivers) {
        if (river.name.empty() || river.lines.empty() || !river.labelled)
            continue;
        const std::vector<PagePt>* longest = &river.lines.front();
        for (const auto& l : river.lines)
            if (l.size() > longest->size())
                longest = &l;
        LabelRequest r{"river:" + river.id,
                       river.name,
                       LabelKind::line,
                       river_priority(river.rank),
                       style.fonts.river,
                       longest->front(),
                       1.0,
                       detail::river_label_path(*longest, style.fonts.river.size_pt),
                       {},
                       {}};
        out.push_back(std::move(r));
    }
}

/// The boxes of @p legend, the scale bar and the locator (furniture_boxes()).
std::vector<PageBox> furniture_around(const PageMap& map, const Style& style,
                                      const PageBox& legend) {
    return {legend, scale_bar_box(map, style), map.locator_box};
}

/// A square of half-side @p a around an arrowhead's tip, less the half beyond the tip: the
/// arrowhead lies behind its tip, and a town that is a route's target keeps room for its name
/// on the far side.
PageBox arrowhead_box(const RouteShape& head, double a) {
    const PagePt tip = head.tip;
    const double dx = tip.x - (head.left.x + head.right.x) / 2;  // direction of travel
    const double dy = tip.y - (head.left.y + head.right.y) / 2;
    PageBox box{tip.x - a, tip.y - a, tip.x + a, tip.y + a};
    if (std::abs(dx) >= std::abs(dy))
        (dx > 0 ? box.x1 : box.x0) = tip.x;
    else
        (dy > 0 ? box.y1 : box.y0) = tip.y;
    return box;
}

}  // namespace

std::vector<LabelRequest> year_label_requests(const std::vector<PageArea>& territories,
                                              const Style& style) {
    std::vector<LabelRequest> out;
    // Land of no known holder is keyed in the legend: a name on it would read as a polity's.
    for (const PageArea& t : territories)
        if (t.id != kUnknownPolity)
            add_area(out, t, kPolity, style.fonts.polity, true);
    return out;
}

std::vector<PageBox> furniture_boxes(const PageMap& map, const Style& style) {
    return furniture_around(map, style, legend_box(map, style));
}

std::vector<LabelRequest> label_requests(const PageMap& map, const Style& style) {
    return label_requests(map, style, furniture_boxes(map, style));
}

std::vector<LabelRequest> label_requests(const PageMap& map, const Style& style,
                                         const std::vector<PageBox>& furniture) {
    std::vector<LabelRequest> out;
    const double place_r = style.symbols.settlement_mm * kPtPerMm / 2.0;
    out = year_label_requests(map.territories, style);
    const std::vector<std::string> event_towns = event_place_ids(map.events);
    for (const PagePlace& p : map.settlements)
        out.push_back({"place:" + p.id,
                       p.name,
                       LabelKind::point,
                       place_priority(p, event_towns),
                       style.fonts.settlement,
                       p.at,
                       place_r + 0.5,
                       {},
                       {},
                       {}});
    for (PageArea w : map.water) {
        w.label_at = detail::water_label_point(w.shape, w.label_at, map.frame.map_box, furniture);
        add_area(out, w, kLake, style.fonts.lake, false);
    }
    add_rivers(out, map, style);
    // A region that bears its holder's name (Tibet held by Tibet) is named once, as the polity.
    auto named_as_a_polity = [&map](const PageArea& region) {
        return std::any_of(map.territories.begin(), map.territories.end(),
                           [&region](const PageArea& t) { return t.name == region.name; });
    };
    for (const PageArea& r : map.regions)
        if (!named_as_a_polity(r))
            add_area(out, r, kRegion, style.fonts.region, !r.shape.rings.empty());
    return out;
}

std::vector<PageBox> label_obstacles(const PageMap& map, const Style& style) {
    return label_obstacles(map, style, furniture_boxes(map, style));
}

std::vector<PageBox> label_obstacles(const PageMap& map, const Style& style,
                                     std::vector<PageBox> furniture) {
    std::vector<PageBox> out = std::move(furniture);
    const double r = style.symbols.event_mm * kPtPerMm / 2.0;
    for (const PageEvent& e : map.events)
        out.push_back({e.at.x - r, e.at.y - r, e.at.x + r, e.at.y + r});
    for (const PageRoute& route : map.routes)
        out.push_back(arrowhead_box(route_shape(route.points, route.width_pt, style.routes),
                                    style.routes.arrow_length_mm * kPtPerMm * 0.6));
    return out;
}

namespace {

/// Places every label of @p map around its furniture; @returns the legend it was placed around.
PageLegend place_all(PageMap& map, const Style& style, CandidateCache& cache) {
    PageLegend legend = page_legend(map, style);
    const std::vector<PageBox> furniture = furniture_around(map, style, legend.box);
    const EventLabelFrame frame{
        map.frame.map_box,
        furniture,
        kEvent,
        route_obstacles(map.routes, style),
        least_type_pt(style, map.page),
        {}};  // a single map places its other names after the events, around the list
    EventLabels placed = place_event_labels(
        label_requests(map, style, furniture), map.events, label_obstacles(map, style, furniture),
        frame, style, events_off_the_page(map.scene.events, map.events), &cache);
    map.labels = std::move(placed.placement.placed);
    map.dropped_labels = std::move(placed.placement.dropped);
    map.route_crossings.clear();
    for (const RouteCrossing& c : placed.placement.crossings)
        map.route_crossings.push_back({c.label_id, c.route_id});
    map.event_clusters = std::move(placed.clusters);
    map.event_list = std::move(placed.list);
    return legend;
}

/// The colour keys of the polities whose names found no room on their land and that the
/// legend (@p legend) does not key yet (not among the polities it keys, or left out of a legend
/// too large for the page).
std::vector<std::string> unnamed_neighbours(const PageMap& map, const PageLegend& legend) {
    std::vector<std::string> keyed;
    for (const LegendEntry& e : legend.entries)
        if (e.key == LegendEntry::Key::polity)
            keyed.push_back(e.colour_key);
    std::vector<std::string> out;
    for (const PageArea& t : map.territories)
        if (t.id != kUnknownPolity &&
            std::count(map.dropped_labels.begin(), map.dropped_labels.end(), "area:" + t.id) &&
            !std::count(keyed.begin(), keyed.end(), t.colour_key) &&
            !std::count(map.keyed_neighbours.begin(), map.keyed_neighbours.end(), t.colour_key) &&
            !std::count(out.begin(), out.end(), t.colour_key))
            out.push_back(t.colour_key);
    return out;
}

}  // namespace

void place_map_labels(PageMap& map, const Style& style) {
    CandidateCache cache;
    PageLegend legend = place_all(map, style, cache);
    // A neighbour whose name found no room gets a swatch in the legend instead, and the labels
    // are placed again around the longer legend, until every unnamed neighbour is keyed (the
    // keyed set only grows, so this ends within one pass per polity).
    for (std::size_t pass = 0; pass < map.territories.size(); ++pass) {
        const std::vector<std::string> unnamed = unnamed_neighbours(map, legend);
        if (unnamed.empty())
            return;
        map.keyed_neighbours.insert(map.keyed_neighbours.end(), unnamed.begin(), unnamed.end());
        legend = place_all(map, style, cache);
    }
}

}  // namespace cm
