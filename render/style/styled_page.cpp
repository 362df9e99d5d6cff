#include "render/style/styled_page.hpp"

#include <algorithm>

namespace cm {

PageSize styled_page(const std::string& page, int dpi, const Style& style) {
    const PageSize parsed = parse_page(page, dpi);
    if (!parsed.in_pixels || dpi > 0 || style.page.slide_height_px <= 0.0)
        return parsed;
    // The page as parsed is at 96 dpi, as the slide of slide_height_px is.
    const double scaled = parsed.px_per_pt * parsed.height_px() / style.page.slide_height_px;
    return at_density(parsed, std::max(scaled, legible_px_per_pt(style)));
}

double legible_px_per_pt(const Style& style) {
    return kMinLabelPx / smallest_label_pt(style);
}

double least_type_pt(const Style& style, const PageSize& page) {
    const double legible = kMinLabelPx / page.px_per_pt;
    if (page.in_pixels && style.page.slide_height_px > 0.0)
        return std::max(smallest_label_pt(style), legible);
    return legible;
}

}  // namespace cm
