#include "render/scene/legend_panel.hpp"

#include "render/layers/legend_content.hpp"
#include "render/layers/legend_layout.hpp"
#include "render/layers/locator.hpp"
#include "render/project/projecting.hpp"
#include "render/project/scale.hpp"

namespace cm {
namespace {

constexpr double kWidestPanel = 1.0 / 3.0;  ///< of the map box
/// A legend of more columns would lie across the map: beside it, it reads as a list.
constexpr int kMostColumnsInFrame = 2;

/// The page of @p full as far as the legend's corners know it before the map is composed:
/// the frame, the scale bar's scale, the locator and the events.
PageMap frame_probe(const Scene& scene, const MapSpec& spec, const Style& style,
                    const Projection& projection, const PageFrame& full) {
    PageMap probe;
    probe.page = spec.page;
    probe.frame = full;
    probe.km_per_pt = scale_at_centre(projection, full);
    if (style.furniture.locator)
        probe.locator_box = locator_box_of(full.map_box, style);
    const detail::PageProjector to_page(projection, full, visible_extent(projection, full));
    for (const SceneEvent& e : scene.events)
        if (auto at = to_page.point(e.at); at && full.map_box.contains(*at))
            probe.events.push_back(PageEvent{e, *at});
    return probe;
}

}  // namespace

PageBox plan_legend_panel(const Scene& scene, const MapSpec& spec, const Style& style,
                          const Projection& projection, const PageFrame& full) {
    if (!style.furniture.legend)
        return {};
    const std::vector<LegendEntry> entries = legend_entries(planned_content(scene, spec.run));
    if (entries.empty())
        return {};
    const PageMap probe = frame_probe(scene, spec, style, projection, full);
    if (legend_fits_frame(entries, probe, event_places(probe, probe.events, style), style,
                          kMostColumnsInFrame))
        return {};
    const PageBox& f = full.map_box;
    const double w = legend_panel_width(entries, f.height(), style);
    if (w > kWidestPanel * f.width())
        return {};
    return {f.x1 - w, f.y0, f.x1, f.y1};
}

PageBox beside_panel(const PageBox& map_box, const PageBox& panel) {
    return {map_box.x0, map_box.y0, panel.x0 - legend_pad_pt(), map_box.y1};
}

}  // namespace cm
