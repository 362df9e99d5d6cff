#include "render/layers/legend.hpp"

#include <algorithm>
#include <cctype>

#include "render/canvas/cairo_handles.hpp"
#include "render/canvas/paint.hpp"
#include "render/language/words.hpp"
#include "render/layers/layers.hpp"
#include "render/layers/territory_tint.hpp"
#include "render/symbols/event_symbol.hpp"

namespace cm {
namespace {

constexpr double kPadMm = 2.0;
constexpr double kSwatchMm = 6.0;

std::string event_word(EventType t) {
    switch (t) {
        case EventType::battle:
            return tr("Battle");
        case EventType::siege:
            return tr("Siege");
        case EventType::capture:
            return tr("Capture");
        case EventType::revolt:
            return tr("Revolt");
        case EventType::assembly:
            return tr("Assembly");
        case EventType::migration:
            return tr("Migration or flight");
        case EventType::death:
            return tr("Death");
        case EventType::treaty:
            return tr("Treaty");
        case EventType::submission:
            return tr("Submission");
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

/// The middle of the left edge of the key of entry @p index in the legend @p box.
PagePt key_at(const PageBox& box, std::size_t index, const Style& style) {
    const double pad = kPadMm * kPtPerMm, row = row_pt(style);
    return {box.x0 + pad, box.y0 + pad + row / 2 + row * static_cast<double>(index)};
}

PageBox swatch_box(PagePt at, const Style& style) {
    const double w = kSwatchMm * kPtPerMm, h = row_pt(style) * 0.6;
    return {at.x, at.y - h / 2, at.x + w, at.y + h / 2};
}

/// A polity's swatch is opaque, in the colour its fill shows on flat land (territory_tint.hpp),
/// whatever lies under the legend's box.
void draw_key(Canvas& cr, const LegendEntry& e, PagePt at, const Style& style, bool relief) {
    const double w = kSwatchMm * kPtPerMm;
    const Colour polity = polity_colour(style, e.colour_key);
    if (e.key == LegendEntry::Key::polity || e.key == LegendEntry::Key::change) {
        const PageBox b = swatch_box(at, style);
        cr.rectangle(b.x0, b.y0, b.width(), b.height());
        if (e.key == LegendEntry::Key::change)
            set_colour(cr, style.territories.change, 0.5);
        else
            set_colour(cr, territory_flat_tint(style, e.colour_key, relief));
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
        out.push_back({LegendEntry::Key::change,
                       fill_pattern(tr("Changed hands %s"), map.scene.years_text),
                       "",
                       {}});
    for (bool retreat : {false, true})
        if (std::any_of(map.routes.begin(), map.routes.end(),
                        [&](const PageRoute& r) { return r.route.retreat == retreat; }))
            out.push_back({retreat ? LegendEntry::Key::retreat : LegendEntry::Key::advance,
                           retreat ? tr("Retreat") : tr("Campaign (width: strength)"),
                           "",
                           {}});
    if (std::any_of(map.routes.begin(), map.routes.end(),
                    [](const PageRoute& r) { return r.route.course_kind == CourseKind::inferred; }))
        out.push_back({LegendEntry::Key::inferred, tr("Course inferred"), "", {}});
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
    const double pad = kPadMm * kPtPerMm;
    const std::vector<LegendEntry> entries = legend_entries(map);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LegendEntry& e = entries[i];
        const PagePt at = key_at(box, i, style);
        draw_key(cr, e, at, style, map.relief != nullptr);
        const TextSize size = measure_text(cr, style.fonts.legend, e.text);
        draw_text(cr, style.fonts.legend, e.text,
                  {box.x0 + 2 * pad + kSwatchMm * kPtPerMm, at.y - size.height_pt / 2}, false);
    }
}

std::vector<LegendSwatch> legend_swatches(const PageMap& map, const Style& style) {
    std::vector<LegendSwatch> out;
    const PageBox box = legend_box(map, style);
    if (box.width() <= 0)
        return out;
    const std::vector<LegendEntry> entries = legend_entries(map);
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].key == LegendEntry::Key::polity)
            out.push_back({entries[i].colour_key, swatch_box(key_at(box, i, style), style)});
    return out;
}

}  // namespace cm
