#include <algorithm>
#include <cmath>

#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"
#include "render/symbols/event_symbol.hpp"

namespace cm {
namespace {

/// The place mark of a cluster of several events: a plate behind their row of symbols, so
/// that they read as one place, and a dot on each of their places below it, tied to the plate.
void draw_plate(Canvas& cr, const PageMap& map, const EventCluster& cluster, const SymbolStyle& s) {
    const double r = s.event_mm * kPtPerMm / 2.0, grow = 0.6;
    double x0 = cluster.symbols.front().x, x1 = x0, y0 = cluster.symbols.front().y, y1 = y0;
    for (const PagePt& p : cluster.symbols) {
        x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    }
    x0 -= r + grow, y0 -= r + grow, x1 += r + grow, y1 += r + grow;
    cr.set_feature({"event-cluster", map.events[cluster.members.front()].event.id});
    for (const std::size_t i : cluster.members) {
        const PagePt p = map.events[i].at;
        cr.move_to(std::clamp(p.x, x0 + grow, x1 - grow), y1);
        cr.line_to(p.x, p.y);
        set_colour(cr, s.event);
        cr.set_line_width(0.6);
        cr.stroke();
        cr.new_sub_path();
        cr.arc(p.x, p.y, s.event_mm * kPtPerMm * 0.15, 0, 2 * M_PI);
        set_colour(cr, s.event);
        cr.fill_preserve();
        set_colour(cr, s.event_halo);
        cr.set_line_width(0.4);
        cr.stroke();
    }
    cr.rectangle(x0, y0, x1 - x0, y1 - y0);
    set_colour(cr, s.event_halo);
    cr.fill_preserve();
    set_colour(cr, s.event);
    cr.set_line_width(0.4);
    cr.stroke();
}

/// The callouts' leader lines, from the mark to the text standing off.
void draw_leaders(Canvas& cr, const PageMap& map, const SymbolStyle& s) {
    for (const PlacedLabel& label : map.labels) {
        if (label.leader.size() < 2)
            continue;
        cr.set_feature({"leader", label.id});
        cr.move_to(label.leader.front().x, label.leader.front().y);
        for (std::size_t i = 1; i < label.leader.size(); ++i)
            cr.line_to(label.leader[i].x, label.leader[i].y);
        set_colour(cr, s.event);
        cr.set_line_width(0.5);
        cr.stroke();
    }
}

}  // namespace

void draw_events(Canvas& cr, const PageMap& map, const Style& style) {
    const SymbolStyle& s = style.symbols;
    const SymbolInk ink{s.event, s.event_halo, s.event_line_pt};
    draw_leaders(cr, map, s);
    if (map.event_clusters.empty()) {  // a map whose labels were not placed
        for (const PageEvent& e : map.events) {
            cr.set_feature({"event", e.event.id});
            draw_event_symbol(cr, e.event.type, e.at, s.event_mm * kPtPerMm, ink);
        }
        return;
    }
    for (const EventCluster& cluster : map.event_clusters) {
        if (cluster.members.size() > 1)
            draw_plate(cr, map, cluster, s);
        for (std::size_t k = 0; k < cluster.members.size(); ++k) {
            const PageEvent& e = map.events[cluster.members[k]];
            cr.set_feature({"event", e.event.id});
            draw_event_symbol(cr, e.event.type, cluster.symbols[k], s.event_mm * kPtPerMm, ink);
        }
    }
}

}  // namespace cm
