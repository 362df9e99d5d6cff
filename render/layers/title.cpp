#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// Title at the top-left of the header, the year or years beside it.
void draw_title(Canvas& cr, const PageMap& map, const Style& style) {
    const double margin = style.page.margin_mm * kPtPerMm;
    const TextSize title = measure_text(cr, style.fonts.title, map.scene.title);
    draw_text(cr, style.fonts.title, map.scene.title, {margin, margin * 0.6}, false);
    // A war's name often carries its years already: then they are not repeated.
    if (map.scene.title.find(map.scene.years_text) != std::string::npos)
        return;
    const TextSize years = measure_text(cr, style.fonts.subtitle, map.scene.years_text);
    const double baseline = margin * 0.6 + title.baseline_pt;
    draw_text(
        cr, style.fonts.subtitle, map.scene.years_text,
        {margin + title.width_pt + style.fonts.title.size_pt * 0.8, baseline - years.baseline_pt},
        false);
}

}  // namespace cm
