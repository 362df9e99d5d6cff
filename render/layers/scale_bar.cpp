#include "render/layers/scale_bar.hpp"

#include <cmath>
#include <cstdio>

#include "render/display/paint.hpp"
#include "render/language/words.hpp"
#include "render/layers/layers.hpp"
#include "render/project/scale.hpp"

namespace cm {
namespace {

constexpr double kPadMm = 2.0;

}  // namespace

std::string scale_bar_text(double km) {
    char number[32];
    if (km >= 1.0)
        std::snprintf(number, sizeof number, "%.0f", km);
    else if (km >= 0.001)
        std::snprintf(number, sizeof number, "%.0f", km * 1000.0);
    else
        std::snprintf(number, sizeof number, "%.2g", km * 1000.0);
    // TRANSLATORS: %s is a length on the scale bar.
    return fill_pattern(km >= 1.0 ? tr("%s km") : tr("%s m"), number);
}

ScaleBar fit_scale_bar(double km_per_pt, const Style& style) {
    if (!std::isfinite(km_per_pt) || !(km_per_pt > 0.0))
        return {};
    const double max_km = style.furniture.scale_bar_mm * kPtPerMm * km_per_pt;
    const double km = round_scale_length_km(max_km);
    const double pt = km / km_per_pt;
    if (!(km > 0.0) || !std::isfinite(pt) || !(pt > 0.0))
        return {};
    return {km, pt};
}

PageBox scale_bar_box(const PageMap& map, const Style& style) {
    const PageBox& f = map.frame.map_box;
    const ScaleBar bar = fit_scale_bar(map.km_per_pt, style);
    if (!(bar.length_pt > 0.0))
        return {f.x1, f.y1, f.x1, f.y1};
    const double pad = kPadMm * kPtPerMm;
    const double w = bar.length_pt + 2 * pad + style.fonts.legend.size_pt * 3.5;
    const double h = style.fonts.legend.size_pt * 2.2 + 2 * pad;
    return {f.x1 - pad - w, f.y1 - pad - h, f.x1 - pad, f.y1 - pad};
}

/// Two alternating halves, 0 at the left, the length at the right end.
void draw_scale_bar(Canvas& cr, const PageMap& map, const Style& style) {
    const ScaleBar bar = fit_scale_bar(map.km_per_pt, style);
    if (!(bar.length_pt > 0.0))
        return;
    const PageBox box = scale_bar_box(map, style);
    cr.rectangle(box.x0, box.y0, box.width(), box.height());
    set_colour(cr, style.furniture.box);
    cr.fill();
    const double pad = kPadMm * kPtPerMm, h = 3.0;
    const double x0 = box.x0 + pad + style.fonts.legend.size_pt, y = box.y1 - pad - h;
    for (int i = 0; i < 2; ++i) {
        cr.rectangle(x0 + i * bar.length_pt / 2, y, bar.length_pt / 2, h);
        set_colour(cr, i == 0 ? style.page.frame : style.page.paper);
        cr.fill_preserve();
        set_colour(cr, style.page.frame);
        cr.set_line_width(0.5);
        cr.stroke();
    }
    const LabelFont& font = style.fonts.legend;
    const TextSize zero = measure_text(cr, font, "0");
    draw_text(cr, font, "0", {x0 - zero.width_pt / 2, y - zero.height_pt - 1}, false);
    const std::string end = scale_bar_text(bar.length_km);
    const TextSize size = measure_text(cr, font, end);
    draw_text(cr, font, end, {x0 + bar.length_pt - size.width_pt / 2, y - size.height_pt - 1},
              false);
}

}  // namespace cm
