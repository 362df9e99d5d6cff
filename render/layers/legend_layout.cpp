#include "render/layers/legend_layout.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "render/canvas/cairo_handles.hpp"
#include "render/display/paint.hpp"
#include "render/layers/scale_bar.hpp"
#include "render/style/styled_page.hpp"

namespace cm {
namespace {

constexpr double kPadMm = 2.0;
constexpr double kKeyMm = 6.0;
constexpr int kMaxColumns = 4;
constexpr double kMostArea = 0.3;  ///< of the map a legend may cover
constexpr double kSlackPt = 0.01;  ///< a panel made for a legend fits it, rounding aside
/// The legend's type and symbols at full size, else smaller on a page too small for them: down
/// to the page's least type (least_legend_scale()), and below it only where nothing else fits.
constexpr double kScales[] = {1.0, 0.8, 0.65, 0.5};

int rows_of(std::size_t entries, int columns) {
    return static_cast<int>((entries + static_cast<std::size_t>(columns) - 1) /
                            static_cast<std::size_t>(columns));
}

/// The width of each entry: key, gap, text.
std::vector<double> entry_widths(const std::vector<LegendEntry>& entries, const Style& style) {
    Surface scratch = checked(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), "legend");
    Context cr = make_context(scratch.get());
    std::vector<double> out;
    for (const LegendEntry& e : entries)
        out.push_back(legend_key_pt() + legend_pad_pt() +
                      measure_text(cr.get(), style.fonts.legend, e.text).width_pt);
    return out;
}

/// @p columns columns of @p rows, each as wide as its widest entry: where each begins (from
/// the box's left edge), and the box's width last.
std::vector<double> column_edges(const std::vector<double>& widths, int rows) {
    std::vector<double> edges{legend_pad_pt()};
    double widest = 0.0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        widest = std::max(widest, widths[i]);
        if ((i + 1) % static_cast<std::size_t>(rows) == 0 || i + 1 == widths.size()) {
            edges.push_back(edges.back() + widest + legend_pad_pt());
            widest = 0.0;
        }
    }
    return edges;
}

/// @p entries at one type size in 1 to kMaxColumns columns: for each, its width, height and
/// where each column begins.
struct Size {
    int rows = 0;
    double w = 0.0, h = 0.0;
    std::vector<double> edges;
};

std::vector<Size> sizes_at(const std::vector<LegendEntry>& entries, const Style& style,
                           double scale) {
    const Style scaled = legend_style(style, scale);
    const std::vector<double> widths = entry_widths(entries, scaled);
    std::vector<Size> out;
    for (int columns = 1; columns <= kMaxColumns; ++columns) {
        const int rows = rows_of(entries.size(), columns);
        std::vector<double> edges = column_edges(widths, rows);
        const double w = edges.back(), h = 2 * legend_pad_pt() + legend_row_pt(scaled) * rows;
        edges.pop_back();
        out.push_back({rows, w, h, std::move(edges)});
    }
    return out;
}

/// The four corners of the frame for a box @p w by @p h: clear of the scale bar (bottom right)
/// and of the locator (top right).
std::vector<PageBox> corners(const PageMap& map, const Style& style, double w, double h) {
    const PageBox& f = map.frame.map_box;
    const double pad = legend_pad_pt();
    const PageBox bar = scale_bar_box(map, style);
    const double bottom_right = bar.height() > 0 ? bar.y0 - pad : f.y1 - pad;
    const double top_right = map.locator_box.height() > 0 ? map.locator_box.y1 + pad : f.y0 + pad;
    return {{f.x0 + pad, f.y1 - pad - h, f.x0 + pad + w, f.y1 - pad},
            {f.x0 + pad, f.y0 + pad, f.x0 + pad + w, f.y0 + pad + h},
            {f.x1 - pad - w, bottom_right - h, f.x1 - pad, bottom_right},
            {f.x1 - pad - w, top_right, f.x1 - pad, top_right + h}};
}

int covered(const PageBox& box, const std::vector<PageBox>& places) {
    return static_cast<int>(std::count_if(places.begin(), places.end(),
                                          [&](const PageBox& p) { return p.intersects(box); }));
}

/// Inside the frame, leaving most of the map free: a legend that would cover most of a small
/// map is left out rather than crammed in.
bool fits(const PageBox& b, const PageMap& map) {
    const PageBox& f = map.frame.map_box;
    return b.width() * b.height() <= kMostArea * f.width() * f.height() &&
           b.width() <= 0.8 * f.width() && b.height() <= 0.8 * f.height() && b.x0 >= f.x0 &&
           b.y0 >= f.y0 && b.x1 <= f.x1 && b.y1 <= f.y1;
}

/// How much of the map a legend at @p box hides: events first, then towns, then columns.
struct Cover {
    int events = 0, towns = 0, columns = 0;
    bool operator<(const Cover& o) const {
        return std::tie(events, towns, columns) < std::tie(o.events, o.towns, o.columns);
    }
};

std::vector<PageBox> town_boxes(const PageMap& map, const Style& style) {
    std::vector<PageBox> out;
    const double dot = style.symbols.settlement_mm * kPtPerMm;
    for (const PagePlace& p : map.settlements)
        out.push_back({p.at.x - dot, p.at.y - dot, p.at.x + dot, p.at.y + dot});
    return out;
}

}  // namespace

double legend_row_pt(const Style& style) {
    return std::max(style.fonts.legend.size_pt * 1.5, style.symbols.event_mm * kPtPerMm * 1.2);
}

double legend_pad_pt() {
    return kPadMm * kPtPerMm;
}

double legend_key_pt() {
    return kKeyMm * kPtPerMm;
}

PagePt legend_key_at(const PageLegend& legend, std::size_t index, const Style& style) {
    const double row = legend_row_pt(style);
    const std::size_t rows = static_cast<std::size_t>(std::max(legend.rows, 1));
    const std::size_t column = std::min(index / rows, legend.column_x_pt.size() - 1);
    return {legend.box.x0 + legend.column_x_pt[column],
            legend.box.y0 + legend_pad_pt() + row / 2 + row * static_cast<double>(index % rows)};
}

std::vector<PageBox> event_places(const PageMap& map, const std::vector<PageEvent>& events,
                                  const Style& style) {
    std::vector<PageBox> out;
    std::set<std::string> towns;
    const double r = style.symbols.event_mm * kPtPerMm / 2.0;
    for (const PageEvent& e : events) {
        out.push_back({e.at.x - r, e.at.y - r, e.at.x + r, e.at.y + r});
        towns.insert(e.event.place_id);
    }
    const double dot = style.symbols.settlement_mm * kPtPerMm;
    for (const PagePlace& p : map.settlements)
        if (towns.count(p.id))
            out.push_back({p.at.x - dot, p.at.y - dot, p.at.x + dot, p.at.y + dot});
    return out;
}

Style legend_style(const Style& style, double scale) {
    Style out = style;
    out.fonts.legend.size_pt *= scale;
    out.symbols.event_mm *= scale;
    return out;
}

namespace {

/// The best place and size for @p entries, if any leaves most of the map free, and how many
/// events' places it covers; the type no smaller than @p least (of its full size), in at most
/// @p most_columns columns.
std::optional<std::pair<PageLegend, int>> best_layout(const std::vector<LegendEntry>& entries,
                                                      const PageMap& map,
                                                      const std::vector<PageBox>& keep_clear,
                                                      const Style& style, double least,
                                                      int most_columns = kMaxColumns) {
    const std::vector<PageBox> towns = town_boxes(map, style);
    const PageBox bar = scale_bar_box(map, style);
    auto clear = [&](const PageBox& b) {  // of the scale bar and the locator, however wide
        return !(bar.width() > 0 && b.intersects(bar)) &&
               !(map.locator_box.width() > 0 && b.intersects(map.locator_box));
    };
    std::optional<Cover> fewest;
    std::optional<std::pair<PageLegend, int>> best;
    for (double scale : kScales) {
        if (scale < least)
            break;
        int columns = 0;
        for (const Size& size : sizes_at(entries, style, scale)) {
            if (++columns > most_columns)
                break;
            for (const PageBox& box : corners(map, style, size.w, size.h)) {
                const Cover cover{covered(box, keep_clear), covered(box, towns), columns};
                if (fits(box, map) && clear(box) && (!fewest || cover < *fewest)) {
                    fewest = cover;
                    best = {PageLegend{entries, box, size.edges, size.rows, scale}, cover.events};
                }
            }
        }
        if (fewest && fewest->events == 0)
            break;  // the largest type that leaves every event clear
    }
    return best;
}

/// @p entries at the top left of @p panel, at the largest type the page allows in the fewest
/// columns that fit it; nothing when none fits.
std::optional<PageLegend> in_panel(const std::vector<LegendEntry>& entries, const PageBox& panel,
                                   const PageMap& map, const Style& style) {
    const double least = least_legend_scale(style, map.page);
    for (double scale : kScales) {
        if (scale < least)
            break;
        for (const Size& size : sizes_at(entries, style, scale))
            if (size.w <= panel.width() + kSlackPt && size.h <= panel.height() + kSlackPt)
                return PageLegend{entries,
                                  {panel.x0, panel.y0, panel.x0 + size.w, panel.y0 + size.h},
                                  size.edges,
                                  size.rows,
                                  scale};
    }
    return std::nullopt;
}

/// @p entries without the polities named on @p map (all but its keyed neighbours).
std::vector<LegendEntry> without_named_polities(std::vector<LegendEntry> entries,
                                                const PageMap& map) {
    const std::vector<std::string>& unnamed = map.keyed_neighbours;
    std::erase_if(entries, [&](const LegendEntry& e) {
        return e.key == LegendEntry::Key::polity &&
               !std::count(unnamed.begin(), unnamed.end(), e.colour_key);
    });
    return entries;
}

}  // namespace

PageLegend lay_out_legend(std::vector<LegendEntry> entries, const PageMap& map,
                          const std::vector<PageBox>& keep_clear, const Style& style) {
    const PageBox& f = map.frame.map_box;
    const PageLegend none{{}, {f.x0, f.y1, f.x0, f.y1}, {0.0}, 0, 1.0};
    if (entries.empty() || !style.furniture.legend)
        return none;
    // On a page too small for the whole key, the swatches of the polities named on the map go
    // first, leaving what only the legend explains (and the polities it alone names).
    const std::vector<LegendEntry>& whole = entries;
    const std::vector<LegendEntry> fewer = without_named_polities(entries, map);
    if (map.legend_panel.width() > 0)
        for (const std::vector<LegendEntry>* keys : {&whole, &fewer})
            if (auto in = in_panel(*keys, map.legend_panel, map, style))
                return *in;
    // In the frame, clear of every event: the whole key, then the fewer keys, at a size the
    // page allows; then, on a page too small for that, in smaller type as well; else where it
    // covers the fewest events.
    std::optional<std::pair<PageLegend, int>> best;
    for (const double least : {least_legend_scale(style, map.page), 0.0})
        for (const std::vector<LegendEntry>* keys : {&whole, &fewer}) {
            const auto layout = best_layout(*keys, map, keep_clear, style, least);
            if (layout && layout->second == 0)
                return layout->first;
            if (layout && (!best || layout->second < best->second))
                best = layout;
        }
    return best ? best->first : none;
}

bool legend_fits_frame(const std::vector<LegendEntry>& entries, const PageMap& map,
                       const std::vector<PageBox>& keep_clear, const Style& style,
                       int most_columns) {
    const auto best = best_layout(entries, map, keep_clear, style,
                                  least_legend_scale(style, map.page), most_columns);
    return best && best->second == 0;
}

double legend_panel_width(const std::vector<LegendEntry>& entries, double height_pt,
                          const Style& style) {
    const std::vector<Size> sizes = sizes_at(entries, style, 1.0);
    for (const Size& size : sizes)
        if (size.h <= height_pt)
            return size.w;
    return sizes.back().w;
}

double least_legend_scale(const Style& style, const PageSize& page) {
    return std::min(1.0, least_type_pt(style, page) / style.fonts.legend.size_pt);
}

}  // namespace cm
