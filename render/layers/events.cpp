#include "render/layers/layers.hpp"
#include "render/symbols/event_symbol.hpp"

namespace cm {

void draw_events(Canvas& cr, const PageMap& map, const Style& style) {
    const SymbolStyle& s = style.symbols;
    const SymbolInk ink{s.event, s.event_halo, s.event_line_pt};
    for (const PageEvent& e : map.events) {
        cr.set_feature({"event", e.event.id});
        draw_event_symbol(cr, e.event.type, e.at, s.event_mm * kPtPerMm, ink);
    }
}

}  // namespace cm
