#include "render/scene/prepared_map.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "geodata/model/error.hpp"
#include "render/labels/placement.hpp"
#include "render/layers/legend.hpp"
#include "render/project/densify.hpp"
#include "render/scene/build_scene.hpp"
#include "render/scene/event_clusters.hpp"
#include "render/scene/event_labels.hpp"
#include "render/scene/generalise_page.hpp"
#include "render/scene/label_priorities.hpp"
#include "render/scene/label_requests.hpp"
#include "render/scene/on_every_core.hpp"
#include "render/scene/project_scene.hpp"
#include "render/scene/route_obstacles.hpp"
#include "render/scene/scene_territories.hpp"
#include "render/style/styled_page.hpp"

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
    for (const LabelRequest& r : year_label_requests(base.territories, style))
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

/// One year on the page, its labels not yet placed; @p projection is plan.projection or a
/// clone of it for this thread.
YearLayers year_layers(const Atlas& atlas, const MapPlan& plan, const Projection& projection,
                       const MapSpec& spec, const Style& style, const Basemap& basemap,
                       RegionUnions& unions, int year) {
    MapSpec one = spec;
    one.years = {year, year};
    Scene scene = build_scene(atlas, one, &unions);
    if (plan.courses)
        apply_courses(scene, *plan.courses);
    scene.changes = detail::scene_changes(atlas, year - 1, year);
    PageMap page = project_scene(scene, one, style, projection, plan.frame);
    const detail::PageProjector to_page(projection, page.frame, grow(page.extent, 0.05));
    detail::generalise_history(page, detail::page_nodes(to_page, scene.borders, basemap));
    return YearLayers{std::move(page.territories),
                      std::move(page.borders),
                      std::move(page.changes),
                      std::move(page.routes),
                      std::move(page.events),
                      {},
                      {},
                      {},
                      {}};
}

/// Every year of spec.years on the page, built and projected on every core (each thread
/// projects with its own clone of the projection; a polity's land is united once for each
/// set of regions it holds).
std::map<int, YearLayers> every_year_layers(const Atlas& atlas, const MapPlan& plan,
                                            const MapSpec& spec, const Style& style,
                                            const Basemap& basemap) {
    const int first = spec.years.first;
    const int count = std::max(0, spec.years.last - first + 1);
    std::vector<YearLayers> layers(static_cast<std::size_t>(count));
    RegionUnions unions;  // most years a polity holds what it held the year before
    on_every_core(count, [&]() -> PieceWorker {
        return [&, projection = plan.projection](int i) {
            layers[static_cast<std::size_t>(i)] =
                year_layers(atlas, plan, projection, spec, style, basemap, unions, first + i);
        };
    });
    std::map<int, YearLayers> out;
    for (int i = 0; i < count; ++i)
        out.emplace(first + i, std::move(layers[static_cast<std::size_t>(i)]));
    return out;
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

/// The requests of @p all for the names of this year's event towns that the base dropped.
std::vector<LabelRequest> dropped_event_towns(const std::vector<LabelRequest>& all,
                                              const PageMap& base, const YearLayers& layers) {
    std::vector<LabelRequest> out;
    for (const std::string& town : event_place_ids(layers.events)) {
        const std::string id = "place:" + town;
        if (std::find(base.dropped_labels.begin(), base.dropped_labels.end(), id) ==
            base.dropped_labels.end())
            continue;
        for (const LabelRequest& r : all)
            if (r.id == id)
                out.push_back(r);
    }
    return out;
}

/// The boxes of each of @p labels, one set per label.
void add_box_sets(std::vector<std::vector<PageBox>>& out, const std::vector<PlacedLabel>& labels) {
    for (const PlacedLabel& l : labels)
        out.push_back(l.boxes);
}

/// Adds the year's event labels (and the names of its event towns the base dropped), placed
/// around @p fixed (furniture, symbols and the fixed labels) and the year's polities; the event
/// list keeps clear of @p furniture (the page's furniture_boxes()) and of the names already
/// there where it can.
void place_year_events(const Style& style, const PageMap& base,
                       const std::vector<PageBox>& furniture, const std::vector<LabelRequest>& all,
                       const std::vector<PageBox>& fixed, YearLayers& layers) {
    std::vector<PageBox> obstacles = fixed;
    add_boxes(obstacles, layers.labels);
    EventLabelFrame frame{base.frame.map_box,
                          furniture,
                          label_priority(LabelCategory::event),
                          route_obstacles(layers.routes, style),
                          least_type_pt(style, base.page),
                          {}};
    add_box_sets(frame.names, base.labels);
    add_box_sets(frame.names, layers.labels);
    EventLabels placed = place_event_labels(dropped_event_towns(all, base, layers), layers.events,
                                            obstacles, frame, style);
    layers.labels.insert(layers.labels.end(), placed.placement.placed.begin(),
                         placed.placement.placed.end());
    layers.event_clusters = std::move(placed.clusters);
    layers.event_list = std::move(placed.list);
    layers.dropped_labels = base.dropped_labels;
    std::erase_if(layers.dropped_labels, [&](const std::string& id) {
        return std::any_of(layers.labels.begin(), layers.labels.end(),
                           [&](const PlacedLabel& l) { return l.id == id; }) ||
               std::any_of(layers.event_clusters.begin(), layers.event_clusters.end(),
                           [&](const EventCluster& c) {
                               return std::count(c.header_ids.begin(), c.header_ids.end(), id) > 0;
                           });
    });
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

/// The prepared year of @p state. @throws UsageError when there is none.
const YearLayers& year_of(const PreparedMap& map, const FrameState& state) {
    auto it = map.years.find(state.year);
    if (it == map.years.end())
        throw UsageError("year " + std::to_string(state.year) + ": not among the prepared years");
    return it->second;
}

/// Sets @p page's year layers: @p layers at @p state.
void set_year(PageMap& page, const PreparedMap& map, const YearLayers& layers,
              const FrameState& state) {
    page.scene.years_text = std::to_string(state.year);
    page.territories = layers.territories;
    page.borders = layers.borders;
    page.changes = layers.changes;
    page.events = layers.events;
    page.labels = frame_labels(map.base, layers);
    page.event_clusters = layers.event_clusters;
    page.event_list = layers.event_list;
    page.dropped_labels = layers.dropped_labels;
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
}

}  // namespace

PreparedMap prepare_map(const Atlas& atlas, const MapPlan& plan, const MapSpec& spec,
                        const Style& style, const Basemap& basemap, const ElevationGrid* relief,
                        const Basemap* locator) {
    PreparedMap prepared{
        style, spec, compose_unlabelled_map(plan, spec, style, basemap, relief, locator), {}};
    prepared.years = every_year_layers(atlas, plan, spec, style, basemap);
    fix_legend(prepared);
    // Each year's polity labels are placed around the furniture only: in a map of borders
    // they matter most, and the fixed labels keep clear of them.
    const std::vector<PageBox> page_furniture = furniture_boxes(prepared.base, style);
    const std::vector<PageBox> furniture = label_obstacles(prepared.base, style, page_furniture);
    const PageBox& map_box = prepared.base.frame.map_box;
    std::vector<YearLayers*> years;
    for (auto& [year, layers] : prepared.years)
        years.push_back(&layers);
    const int count = static_cast<int>(years.size());
    std::vector<std::vector<PageBox>> marks(years.size());  // each year's, off its routes
    on_every_core(count, [&]() -> PieceWorker {
        return [&](int i) {
            YearLayers& layers = *years[static_cast<std::size_t>(i)];
            std::vector<PageBox>& own = marks[static_cast<std::size_t>(i)];
            for (const EventCluster& c :
                 cluster_events(layers.events, style.symbols.event_mm * kPtPerMm))
                own.push_back(c.mark);
            std::vector<PageBox> around_year = furniture;
            around_year.insert(around_year.end(), own.begin(), own.end());
            layers.labels =
                place_labels(year_label_requests(layers.territories, style), around_year, map_box,
                             route_obstacles(layers.routes, style))
                    .placed;
        };
    });
    // The fixed names keep clear of every year's polity labels and marks.
    std::vector<PageBox> around_polities = furniture;
    for (std::size_t i = 0; i < years.size(); ++i) {
        add_boxes(around_polities, years[i]->labels);
        around_polities.insert(around_polities.end(), marks[i].begin(), marks[i].end());
    }
    place_fixed_labels(prepared.base, style, around_polities);
    std::vector<PageBox> around_fixed = furniture;
    add_boxes(around_fixed, prepared.base.labels);
    const std::vector<LabelRequest> all = label_requests(prepared.base, style, page_furniture);
    on_every_core(count, [&]() -> PieceWorker {
        return [&](int i) {
            place_year_events(style, prepared.base, page_furniture, all, around_fixed,
                              *years[static_cast<std::size_t>(i)]);
        };
    });
    return prepared;
}

PageMap frame_map(const PreparedMap& map, const FrameState& state) {
    const YearLayers& layers = year_of(map, state);
    PageMap page = map.base;
    set_year(page, map, layers, state);
    return page;
}

PageMap frame_layers(const PreparedMap& map, const FrameState& state) {
    const YearLayers& layers = year_of(map, state);
    const PageMap& base = map.base;
    PageMap page;
    page.page = base.page;
    page.frame = base.frame;
    page.scene = base.scene;
    page.water = base.water;  // the labels layer tells water's names from regions' by it
    set_year(page, map, layers, state);
    return page;
}

}  // namespace cm
