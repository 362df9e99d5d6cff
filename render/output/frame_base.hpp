#pragma once

// What every frame of an animation shares, made once: the layers that stay the same, composed
// into shared immutable groups, and those under the first layer that changes (background,
// relief, land) drawn into the image that each frame starts from. A frame then composes and
// draws only its year's layers and the still ones above them.
//
//   const PreparedMap map = prepare_map(...);
//   const FrameBase base = frame_base(map);
//   RasterImage frame = render_frame(map, base, {1643, 0.5});  // on any thread

#include <memory>
#include <vector>

#include "render/canvas/raster_image.hpp"
#include "render/display/display_list.hpp"
#include "render/scene/prepared_map.hpp"

namespace cm {

struct FrameBase {
    RasterImage under;  ///< the background, relief and land, drawn at the frames' density
    std::vector<std::shared_ptr<const Group>> over;  ///< the other still layers, composed
};

/// @returns the base of every frame of @p map (immutable: share it between threads).
FrameBase frame_base(const PreparedMap& map);

/// Draws one frame of @p map on @p base (frame_base(map)): the year's layers composed from
/// frame_layers(), over the image under them, with the still layers above. The image is that of
/// render_raster() of frame_map(), byte for byte.
/// @throws UsageError when @p state.year is outside the prepared years.
RasterImage render_frame(const PreparedMap& map, const FrameBase& base, const FrameState& state,
                         int bands = 1);

}  // namespace cm
