#include "render/style/styled_page.hpp"

#include <algorithm>

namespace cm {

namespace {
constexpr double kCssPxPerPt = 96.0 / 72.0;
}  // namespace

PageSize styled_page(const std::string& page, int dpi, const Style& style) {
    const PageSize parsed = parse_page(page, dpi);
    if (!parsed.in_pixels || dpi > 0 || style.page.slide_height_px <= 0.0)
        return parsed;
    const double scaled = kCssPxPerPt * parsed.height_px() / style.page.slide_height_px;
    const double legible = kMinLabelPx / smallest_label_pt(style);
    return at_density(parsed, std::max(scaled, legible));
}

double least_type_pt(const Style& style, const PageSize& page) {
    const double legible = kMinLabelPx / page.px_per_pt;
    if (page.in_pixels && style.page.slide_height_px > 0.0)
        return std::max(smallest_label_pt(style), legible);
    return legible;
}

}  // namespace cm
