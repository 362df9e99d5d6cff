#pragma once

#include <vector>

#include "render/model/page_map.hpp"
#include "render/project/projecting.hpp"

namespace cm {

/// @returns the graticule step for an extent: 2° for small maps, 5°, or 10° for wide ones.
double graticule_step_deg(const Bounds& extent);

/// Meridians and parallels every graticule_step_deg() across @p extent, projected.
std::vector<GraticuleLine> graticule_lines(const detail::PageProjector& to_page,
                                           const Bounds& extent);

}  // namespace cm
