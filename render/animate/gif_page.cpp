#include "render/animate/gif_page.hpp"

#include <cmath>

namespace cm {

PageSize gif_page(const Style& style) {
    const double dpi = 72.0 * legible_px_per_pt(style);
    return parse_page("960x540", static_cast<int>(std::ceil(dpi - 1e-9)));
}

}  // namespace cm
