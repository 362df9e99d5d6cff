#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// Title at the top-left of the header, the year or years beside it; both shrink together
/// where they would be wider than the page inside its margins.
void draw_title(Canvas& cr, const PageMap& map, const Style& style) {
    const double margin = style.page.margin_mm * kPtPerMm;
    // A war's name often carries its years already: then they are not repeated. A year map or
    // an animation frame of the war still shows its own year.
    const bool years_beside =
        !map.scene.years_text.empty() && map.scene.years_text != map.scene.title_years;
    LabelFont title_font = style.fonts.title, years_font = style.fonts.subtitle;
    TextSize title = measure_text(cr, title_font, map.scene.title);
    TextSize years = measure_text(cr, years_font, years_beside ? map.scene.years_text : "");
    const double width =
        title.width_pt + (years_beside ? title_font.size_pt * 0.8 : 0.0) + years.width_pt;
    const double room = map.page.width_pt - 2.0 * margin;
    if (width > room && width > 0.0) {
        const double scale = 0.99 * room / width;  // a little under: widths round with size
        title_font.size_pt *= scale;
        years_font.size_pt *= scale;
        title = measure_text(cr, title_font, map.scene.title);
        years = measure_text(cr, years_font, years_beside ? map.scene.years_text : "");
    }
    draw_text(cr, title_font, map.scene.title, {margin, margin * 0.6}, false);
    if (!years_beside)
        return;
    const double baseline = margin * 0.6 + title.baseline_pt;
    draw_text(cr, years_font, map.scene.years_text,
              {margin + title.width_pt + title_font.size_pt * 0.8, baseline - years.baseline_pt},
              false);
}

}  // namespace cm
