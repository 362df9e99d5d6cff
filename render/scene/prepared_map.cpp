#include "render/scene/prepared_map.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "geodata/model/error.hpp"
#include "render/output/raster.hpp"
#include "render/scene/build_scene.hpp"
#include "render/scene/project_scene.hpp"
#include "render/scene/scene_territories.hpp"

namespace cm {
namespace {

YearLayers year_layers(const Atlas& atlas, const MapPlan& plan, const MapSpec& spec,
                       const Style& style, int year) {
    MapSpec one = spec;
    one.years = {year, year};
    Scene scene = build_scene(atlas, one);
    scene.changes = detail::scene_changes(atlas, year - 1, year);
    PageMap page = project_scene(scene, one, style, plan.projection, plan.extent);
    return YearLayers{std::move(page.territories), std::move(page.changes), std::move(page.routes),
                      std::move(page.events)};
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

/// Keeps the labels of what this frame shows: no label for an event or polity not on it.
std::vector<PlacedLabel> frame_labels(const PageMap& base, const YearLayers& layers) {
    std::set<std::string> hidden;
    for (const PageEvent& e : base.events)
        hidden.insert("event:" + e.event.id);
    for (const PageArea& t : base.territories)
        hidden.insert("area:" + t.id);
    for (const PageEvent& e : layers.events)
        hidden.erase("event:" + e.event.id);
    for (const PageArea& t : layers.territories)
        hidden.erase("area:" + t.id);
    std::vector<PlacedLabel> out;
    for (const PlacedLabel& l : base.labels)
        if (!hidden.count(l.id))
            out.push_back(l);
    return out;
}

}  // namespace

PreparedMap prepare_map(const Atlas& atlas, const MapPlan& plan, const MapSpec& spec,
                        const Style& style, const Basemap& basemap, const ElevationGrid* relief,
                        const Basemap* locator) {
    PreparedMap prepared{style, spec, compose_map(plan, spec, style, basemap, relief, locator), {}};
    for (int year = spec.years.first; year <= spec.years.last; ++year)
        prepared.years.emplace(year, year_layers(atlas, plan, spec, style, year));
    return prepared;
}

RasterImage render_frame(const PreparedMap& map, const FrameState& state) {
    auto it = map.years.find(state.year);
    if (it == map.years.end())
        throw UsageError("year " + std::to_string(state.year) + ": not among the prepared years");
    const YearLayers& layers = it->second;
    PageMap page = map.base;
    page.scene.years_text = std::to_string(state.year);
    page.territories = layers.territories;
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
    return render_raster(page, map.style, map.spec.transparent);
}

}  // namespace cm
