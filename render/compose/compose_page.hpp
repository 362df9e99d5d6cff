#pragma once

// Composing a page: the map's layers and furniture drawn, once, into a DisplayList that any
// writer replays (render/writers/).

#include <memory>
#include <string>
#include <vector>

#include <cairo.h>

#include "render/display/display_list.hpp"
#include "render/model/page_map.hpp"
#include "render/style/style.hpp"

namespace cm {

/// @returns @p map composed in page points: the background, then one group per layer, the
/// map's layers clipped to the frame, then the page furniture. Text is measured on
/// @p measure, a context of the kind the list will be drawn on (writers/measure.hpp).
DisplayList compose_page(const PageMap& map, const Style& style, bool transparent,
                         cairo_t* measure);

/// The layers of an animation's frame: those that stay the same from year to year (the
/// background, basemap, relief, graticule, towns and furniture, the run's legend among them)
/// and those drawn from the year (territories, changed hands, routes, events, labels, the
/// event list and the title).
enum class LayerPart { still, changing };

/// @returns the layers of @p part of @p map as compose_page() composes them, bottom to top.
DisplayList compose_layers(const PageMap& map, const Style& style, bool transparent,
                           cairo_t* measure, LayerPart part);

/// Whether the layer @p id lies under every changing layer (the background, relief, land).
bool lies_under_changing_layers(const std::string& id);

/// The layers of @p still (compose_layers(..., LayerPart::still)), shared and immutable, for
/// every frame of an animation.
std::vector<std::shared_ptr<const Group>> shared_layers(DisplayList still);

/// @returns the page of @p changing (compose_layers(..., LayerPart::changing)) with @p still's
/// layers at their places: the list compose_page() gives for the whole frame, less any layer in
/// neither (an animation draws those under the changing layers once, FrameBase).
DisplayList join_layers(DisplayList changing,
                        const std::vector<std::shared_ptr<const Group>>& still);

}  // namespace cm
