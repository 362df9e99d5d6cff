#include "render/scene/prepared_map.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "geodata/model/error.hpp"
#include "render/labels/placement.hpp"
#include "render/layers/legend.hpp"
#include "render/project/densify.hpp"
#include "render/scene/build_scene.hpp"
#include "render/scene/generalise_page.hpp"
#include "render/scene/label_requests.hpp"
#include "render/scene/project_scene.hpp"
#include "render/scene/route_obstacles.hpp"
#include "render/scene/scene_territories.hpp"

namespace cm {
namespace {

void add_boxes(std::vector<PageBox>& out, const std::vector<PlacedLabel>& labels) {
    for (const PlacedLabel& l : labels)
        out.insert(out.end(), l.boxes.begin(), l.boxes.end());
}

/// Places the labels of @p base that stay for the whole run (towns, water, rivers, regions)
/// around @p obstacles (furniture, symbols and every year's polity labels). A town where an
/// event happens in some year keeps its name clear of the event's symbol, so the name stays
/// in every frame instead of giving way to a label of one year.
void place_fixed_labels(PageMap& base, const Style& style, const std::vector<PageBox>& obstacles) {
    std::set<std::string> yearly;
    for (const LabelRequest& r : year_label_requests(base.territories, base.events, style))
        yearly.insert(r.id);
    std::vector<LabelRequest> requests = label_requests(base, style);
    std::erase_if(requests, [&](const LabelRequest& r) { return yearly.count(r.id) > 0; });
    const double event_r = style.symbols.event_mm * kPtPerMm / 2.0;
    for (LabelRequest& r : requests) {
        if (r.kind != LabelKind::point)
            continue;
        for (const PageEvent& e : base.events) {
            const double d = std::hypot(e.at.x - r.anchor.x, e.at.y - r.anchor.y);
            if (d < event_r)
                r.clearance_pt = std::max(r.clearance_pt, d + event_r + 1.0);
        }
    }
    Placement placement = place_labels(requests, obstacles, base.frame.map_box);
    base.labels = std::move(placement.placed);
    base.dropped_labels = std::move(placement.dropped);
}

/// One year on the page, its labels not yet placed.
YearLayers year_layers(const Atlas& atlas, const MapPlan& plan, const MapSpec& spec,
                       const Style& style, const Basemap& basemap, int year) {
    MapSpec one = spec;
    one.years = {year, year};
    Scene scene = build_scene(atlas, one);
    if (plan.courses)
        apply_courses(scene, *plan.courses);
    scene.changes = detail::scene_changes(atlas, year - 1, year);
    PageMap page = project_scene(scene, one, style, plan.projection, plan.extent);
    const detail::PageProjector to_page(plan.projection, page.frame, grow(page.extent, 0.05));
    detail::generalise_history(page, detail::page_nodes(to_page, scene.borders, basemap));
    return YearLayers{std::move(page.territories), std::move(page.borders), std::move(page.changes),
                      std::move(page.routes),      std::move(page.events),  {}};
}

/// The legend of the whole run, in the base so that every frame draws it: what any year
/// draws, clear of every year's events.
void fix_legend(PreparedMap& prepared) {
    LegendContent content;
    add_basemap_content(content, prepared.base);
    std::vector<PageEvent> events;
    for (const auto& [year, l] : prepared.years) {
        add_year_content(content, l.territories, l.borders, l.changes, l.routes, l.events);
        events.insert(events.end(), l.events.begin(), l.events.end());
    }
    prepared.base.legend = run_legend(prepared.base, content, events, prepared.style);
}

/// Adds the year's event labels, placed around @p fixed (furniture, symbols and the fixed
/// labels) and the year's polities, off the year's routes where they can be.
void place_event_labels(const Style& style, const PageBox& map_box,
                        const std::vector<PageBox>& fixed, YearLayers& layers) {
    std::vector<PageBox> obstacles = fixed;
    add_boxes(obstacles, layers.labels);
    Placement placement = place_labels(year_label_requests({}, layers.events, style), obstacles,
                                       map_box, route_obstacles(layers.routes, style));
    layers.labels.insert(layers.labels.end(), placement.placed.begin(), placement.placed.end());
}

/// The first @p share of a polyline's length.
std::vector<PagePt> leading_part(const std::vector<PagePt>& line, double share) {
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    double left = total * std::clamp(share, 0.0, 1.0);
    std::vector<PagePt> out{line.front()};
    for (std::size_t i = 1; i < line.size() && left > 0.0; ++i) {
        const double d = std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
        const double t = d > left ? left / d : 1.0;
        out.push_back({line[i - 1].x + (line[i].x - line[i - 1].x) * t,
                       line[i - 1].y + (line[i].y - line[i - 1].y) * t});
        left -= d;
    }
    return out;
}

/// The labels of a frame: the fixed ones and the year's polities and events.
std::vector<PlacedLabel> frame_labels(const PageMap& base, const YearLayers& layers) {
    std::vector<PlacedLabel> out = base.labels;
    out.insert(out.end(), layers.labels.begin(), layers.labels.end());
    return out;
}

}  // namespace

PreparedMap prepare_map(const Atlas& atlas, const MapPlan& plan, const MapSpec& spec,
                        const Style& style, const Basemap& basemap, const ElevationGrid* relief,
                        const Basemap* locator) {
    PreparedMap prepared{
        style, spec, compose_unlabelled_map(plan, spec, style, basemap, relief, locator), {}};
    for (int year = spec.years.first; year <= spec.years.last; ++year)
        prepared.years.emplace(year, year_layers(atlas, plan, spec, style, basemap, year));
    fix_legend(prepared);
    // Each year's polity labels are placed around the furniture only: in a map of borders
    // they matter most, and the fixed labels keep clear of them.
    const std::vector<PageBox> furniture = label_obstacles(prepared.base, style);
    const PageBox& map_box = prepared.base.frame.map_box;
    std::vector<PageBox> around_polities = furniture;
    for (auto& [year, layers] : prepared.years) {
        layers.labels =
            place_labels(year_label_requests(layers.territories, {}, style), furniture, map_box)
                .placed;
        add_boxes(around_polities, layers.labels);
    }
    place_fixed_labels(prepared.base, style, around_polities);
    std::vector<PageBox> around_fixed = furniture;
    add_boxes(around_fixed, prepared.base.labels);
    for (auto& [year, layers] : prepared.years)
        place_event_labels(style, prepared.base.frame.map_box, around_fixed, layers);
    return prepared;
}

PageMap frame_map(const PreparedMap& map, const FrameState& state) {
    auto it = map.years.find(state.year);
    if (it == map.years.end())
        throw UsageError("year " + std::to_string(state.year) + ": not among the prepared years");
    const YearLayers& layers = it->second;
    PageMap page = map.base;
    page.scene.years_text = std::to_string(state.year);
    page.territories = layers.territories;
    page.borders = layers.borders;
    page.changes = layers.changes;
    page.events = layers.events;
    page.labels = frame_labels(map.base, layers);
    page.routes.clear();
    for (const PageRoute& r : layers.routes) {
        PageRoute partial = r;
        partial.points = leading_part(r.points, state.progress);
        if (partial.points.size() >= 2)
            page.routes.push_back(std::move(partial));
    }
    auto previous = map.years.find(state.year - 1);
    if (previous != map.years.end() && state.progress < 1.0) {
        page.previous_territories = previous->second.territories;
        page.territory_fade = std::clamp(state.progress, 0.0, 1.0);
    }
    return page;
}

}  // namespace cm
