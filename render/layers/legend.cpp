#include "render/layers/legend.hpp"

#include <algorithm>
#include <cctype>

#include "render/canvas/cairo_handles.hpp"
#include "render/canvas/paint.hpp"
#include "render/layers/layers.hpp"
#include "render/symbols/event_symbol.hpp"

namespace cm {
namespace {

constexpr double kPadMm = 2.0;
constexpr double kSwatchMm = 6.0;

std::string event_word(EventType t) {
    switch (t) {
        case EventType::battle:
            return "Battle";
        case EventType::siege:
            return "Siege";
        case EventType::capture:
            return "Capture";
        case EventType::revolt:
            return "Revolt";
        case EventType::assembly:
            return "Assembly";
        case EventType::migration:
            return "Migration or flight";
        default: {
            std::string word(to_string(t));
            word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
            return word;
        }
    }
}

void add_polity(std::vector<LegendEntry>& out, const std::string& name, const std::string& key) {
    for (const LegendEntry& e : out)
        if (e.key == LegendEntry::Key::polity && e.colour_key == key)
            return;
    out.push_back({LegendEntry::Key::polity, name, key, EventType::battle});
}

double row_pt(const Style& style) {
    return std::max(style.fonts.legend.size_pt * 1.5, style.symbols.event_mm * kPtPerMm * 1.2);
}

void draw_key(Canvas& cr, const LegendEntry& e, PagePt at, const Style& style) {
    const double w = kSwatchMm * kPtPerMm, h = row_pt(style) * 0.6;
    const Colour polity = polity_colour(style, e.colour_key);
    if (e.key == LegendEntry::Key::polity || e.key == LegendEntry::Key::change) {
        cr.rectangle(at.x, at.y - h / 2, w, h);
        set_colour(cr, e.key == LegendEntry::Key::change ? style.territories.change : polity,
                   e.key == LegendEntry::Key::change ? 0.5 : style.territories.fill_opacity);
        cr.fill_preserve();
        set_colour(cr, darken(polity, style.territories.border_darken));
        cr.set_line_width(0.8);
        cr.stroke();
    } else if (e.key == LegendEntry::Key::event) {
        const SymbolInk ink{style.symbols.event, style.symbols.event_halo,
                            style.symbols.event_line_pt};
        draw_event_symbol(cr, e.event, {at.x + w / 2, at.y}, style.symbols.event_mm * kPtPerMm,
                          ink);
    } else {
        const double dash[] = {4.0, 2.0};
        cr.set_dash(dash, e.key == LegendEntry::Key::retreat ? 2 : 0, 0.0);
        cr.move_to(at.x, at.y);
        cr.line_to(at.x + w, at.y);
        const bool inferred = e.key == LegendEntry::Key::inferred;
        set_colour(cr, darken(style.territories.fallback, style.routes.darken),
                   inferred ? style.routes.inferred_opacity : 1.0);
        cr.set_line_width(style.routes.default_pt);
        cr.stroke();
        cr.set_dash(nullptr, 0, 0.0);
    }
}

}  // namespace

std::vector<LegendEntry> legend_entries(const PageMap& map) {
    std::vector<LegendEntry> out;
    for (const PageArea& t : map.territories)
        add_polity(out, t.name, t.colour_key);
    for (const PageRoute& r : map.routes)
        add_polity(out, r.route.side_name, r.route.colour_key);
    if (!map.changes.empty())
        out.push_back({LegendEntry::Key::change, "Changed hands " + map.scene.years_text, "", {}});
    for (bool retreat : {false, true})
        if (std::any_of(map.routes.begin(), map.routes.end(),
                        [&](const PageRoute& r) { return r.route.retreat == retreat; }))
            out.push_back({retreat ? LegendEntry::Key::retreat : LegendEntry::Key::advance,
                           retreat ? "Retreat" : "Campaign (width: strength)",
                           "",
                           {}});
    if (std::any_of(map.routes.begin(), map.routes.end(),
                    [](const PageRoute& r) { return r.route.course_kind == CourseKind::inferred; }))
        out.push_back({LegendEntry::Key::inferred, "Course inferred", "", {}});
    std::vector<EventType> types;
    for (const PageEvent& e : map.events)
        if (std::find(types.begin(), types.end(), e.event.type) == types.end())
            types.push_back(e.event.type);
    std::sort(types.begin(), types.end());
    for (EventType t : types)
        out.push_back({LegendEntry::Key::event, event_word(t), "", t});
    return out;
}

PageBox legend_box(const PageMap& map, const Style& style) {
    const auto entries = legend_entries(map);
    const PageBox& f = map.frame.map_box;
    if (entries.empty() || !style.furniture.legend)
        return {f.x0, f.y1, f.x0, f.y1};
    Surface scratch = checked(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), "legend");
    Context cr = make_context(scratch.get());
    double text_w = 0.0;
    for (const LegendEntry& e : entries)
        text_w = std::max(text_w, measure_text(cr.get(), style.fonts.legend, e.text).width_pt);
    const double pad = kPadMm * kPtPerMm;
    const double w = pad * 3 + kSwatchMm * kPtPerMm + text_w;
    const double h = pad * 2 + row_pt(style) * static_cast<double>(entries.size());
    // A legend that would cover most of a small map is left out rather than crammed in.
    if (w > 0.45 * f.width() || h > 0.8 * f.height())
        return {f.x0, f.y1, f.x0, f.y1};
    return {f.x0 + pad, f.y1 - pad - h, f.x0 + pad + w, f.y1 - pad};
}

void draw_legend(Canvas& cr, const PageMap& map, const Style& style) {
    const PageBox box = legend_box(map, style);
    if (box.width() <= 0)
        return;
    cr.rectangle(box.x0, box.y0, box.width(), box.height());
    set_colour(cr, style.furniture.box);
    cr.fill_preserve();
    set_colour(cr, style.furniture.box_outline);
    cr.set_line_width(0.5);
    cr.stroke();
    const double pad = kPadMm * kPtPerMm, row = row_pt(style);
    double y = box.y0 + pad + row / 2;
    for (const LegendEntry& e : legend_entries(map)) {
        draw_key(cr, e, {box.x0 + pad, y}, style);
        const TextSize size = measure_text(cr, style.fonts.legend, e.text);
        draw_text(cr, style.fonts.legend, e.text,
                  {box.x0 + 2 * pad + kSwatchMm * kPtPerMm, y - size.height_pt / 2}, false);
        y += row;
    }
}

}  // namespace cm
