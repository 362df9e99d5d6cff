#pragma once

// The locator inset: a small overview at the top right of the frame (draw_locator()).

#include "render/project/coordinates.hpp"
#include "render/style/style.hpp"

namespace cm {

/// Where the locator sits in a frame of @p map_box: its top right corner, inside a pad.
PageBox locator_box_of(const PageBox& map_box, const Style& style);

}  // namespace cm
