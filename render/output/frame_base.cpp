#include "render/output/frame_base.hpp"

#include <utility>

#include "render/compose/compose_page.hpp"
#include "render/output/raster.hpp"
#include "render/writers/measure.hpp"

namespace cm {

FrameBase frame_base(const PreparedMap& map) {
    const TextMeasure measure = TextMeasure::raster(map.base.page.px_per_pt);
    DisplayList still =
        compose_layers(map.base, map.style, map.spec.transparent, measure.get(), LayerPart::still);
    DisplayList under;
    under.width_pt = still.width_pt;
    under.height_pt = still.height_pt;
    FrameBase base;
    for (std::shared_ptr<const Group>& layer : shared_layers(std::move(still))) {
        if (lies_under_changing_layers(layer->id))
            under.root.items.emplace_back(std::move(layer));
        else
            base.over.push_back(std::move(layer));
    }
    base.under = draw_raster(under, map.base.page);
    return base;
}

RasterImage render_frame(const PreparedMap& map, const FrameBase& base, const FrameState& state,
                         int bands) {
    const PageMap frame = frame_layers(map, state);
    const TextMeasure measure = TextMeasure::raster(frame.page.px_per_pt);
    DisplayList changing =
        compose_layers(frame, map.style, map.spec.transparent, measure.get(), LayerPart::changing);
    return draw_raster(join_layers(std::move(changing), base.over), frame.page, bands, &base.under);
}

}  // namespace cm
