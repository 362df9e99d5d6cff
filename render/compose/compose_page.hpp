#pragma once

// Composing a page: the map's layers and furniture drawn, once, into a DisplayList that any
// writer replays (render/writers/).

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

}  // namespace cm
