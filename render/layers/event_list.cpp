#include "render/display/paint.hpp"
#include "render/layers/layers.hpp"

namespace cm {

/// The numbered list of the events whose callouts found no room on the map, in its box.
void draw_event_list(Canvas& cr, const PageMap& map, const Style& style) {
    const EventList& list = map.event_list;
    if (list.lines.empty())
        return;
    const PageBox& b = list.box;
    cr.set_feature({"event-list", "events"});
    cr.rectangle(b.x0, b.y0, b.width(), b.height());
    set_colour(cr, style.furniture.box);
    cr.fill_preserve();
    set_colour(cr, style.furniture.box_outline);
    cr.set_line_width(0.5);
    cr.stroke();
    LabelSet set;
    set.labels = list.lines;
    set.kinds.assign(list.lines.size(), "event");
    cr.labels(std::move(set));
}

}  // namespace cm
