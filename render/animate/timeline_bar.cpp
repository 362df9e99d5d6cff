#include "timeline_bar.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "render/canvas/cairo_handles.hpp"
#include "render/display/paint.hpp"
#include "render/writers/cairo_writer.hpp"

namespace cm {
namespace {

constexpr double kPadMm = 2.0;
constexpr double kMinLabelGapPt = 60.0;
const Colour kFuture{0.55, 0.55, 0.55, 0.6};
constexpr double kWarShade = 0.13;  ///< opacity of the event colour over a war's span

// The band, top to bottom: room for stacked event dots, the axis, the year labels, the wars'
// names. It starts half a page margin up, in the blank margin under the map's credits line.
double dots_room_pt(const Style& style) {
    return style.fonts.title.size_pt * 1.1;
}
double labels_room_pt(const Style& style) {
    return style.fonts.legend.size_pt * 1.7;
}
double names_room_pt(const Style& style) {
    return style.fonts.legend.size_pt * 1.4;
}

/// Maps years to x along the axis.
struct Axis {
    double x0, x1, y;
    YearRange years;
    double x_of(double year) const {
        const double span = std::max(1, years.last - years.first);
        return x0 + (year - years.first) / span * (x1 - x0);
    }
};

int label_step(const Axis& axis) {
    const double per_year = (axis.x1 - axis.x0) / std::max(1, axis.years.last - axis.years.first);
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100})
        if (step * per_year >= kMinLabelGapPt)
            return step;
    return 200;
}

void draw_axis(Canvas& cr, const Axis& axis, double now, const Style& style) {
    const LabelFont& font = style.fonts.legend;
    cr.set_line_cap(LineCap::round);
    set_colour(cr, kFuture);
    cr.set_line_width(1.0);
    cr.move_to(axis.x0, axis.y);
    cr.line_to(axis.x1, axis.y);
    cr.stroke();
    set_colour(cr, font.colour);
    cr.set_line_width(2.5);
    cr.move_to(axis.x0, axis.y);
    cr.line_to(axis.x_of(now), axis.y);
    cr.stroke();
    const int step = label_step(axis);
    cr.set_line_width(0.6);
    for (int y = (axis.years.first + step - 1) / step * step; y <= axis.years.last; y += step) {
        const double x = axis.x_of(y);
        cr.move_to(x, axis.y);
        cr.line_to(x, axis.y + 3.0);
        cr.stroke();
        const std::string text = std::to_string(y);
        const TextSize size = measure_text(cr, font, text);
        draw_text(cr, font, text, {x - size.width_pt / 2, axis.y + 4.0}, false);
    }
}

int most_in_a_year(const std::vector<int>& years) {
    int most = 0;
    for (auto it = years.begin(); it != years.end();) {
        const auto end = std::upper_bound(it, years.end(), *it);
        most = std::max(most, static_cast<int>(end - it));
        it = end;
    }
    return most;
}

/// Event dots above the axis, stacked within @p room points when a year has several.
void draw_events(Canvas& cr, const Axis& axis, const Timeline& timeline, int year,
                 const Style& style, double room) {
    const double r = std::max(1.2, style.fonts.legend.size_pt * 0.22);
    const int most = most_in_a_year(timeline.event_years);
    const double rise = most > 1 ? std::min(2.2 * r, (room - 4.0 * r) / (most - 1)) : 0.0;
    int previous = timeline.years.first - 1, stacked = 0;
    for (int y : timeline.event_years) {
        stacked = y == previous ? stacked + 1 : 0;
        previous = y;
        cr.new_sub_path();
        cr.arc(axis.x_of(y), axis.y - 2.5 * r - stacked * rise, r, 0, 2 * M_PI);
        if (y <= year)
            set_colour(cr, style.symbols.event);
        else
            set_colour(cr, kFuture);
        cr.fill();
    }
}

/// Each war's span shaded from the top of the band to the bottom of the names' row, its name in
/// that row under the year labels, from the span's start (moved left where it would run past
/// the axis's end).
void draw_wars(Canvas& cr, const Axis& axis, const Timeline& timeline, const Style& style,
               double top) {
    LabelFont font = style.fonts.legend;
    font.italic = true;
    const double names_top = axis.y + labels_room_pt(style);
    for (const TimelineWar& war : timeline.wars) {
        const double x0 = axis.x_of(war.years.first), x1 = axis.x_of(war.years.last);
        set_colour(cr, style.symbols.event, kWarShade);
        cr.rectangle(x0, top, std::max(x1 - x0, 1.0), names_top + names_room_pt(style) - top);
        cr.fill();
        const TextSize size = measure_text(cr, font, war.name);
        const double x = std::max(axis.x0, std::min(x0 + 2.0, axis.x1 - size.width_pt));
        draw_text(cr, font, war.name, {x, names_top}, false);
    }
}

void draw_marker(Canvas& cr, const Axis& axis, double now, const Style& style) {
    const double x = axis.x_of(now), s = style.fonts.legend.size_pt * 0.45;
    cr.move_to(x - s, axis.y - 2 * s);
    cr.line_to(x + s, axis.y - 2 * s);
    cr.line_to(x, axis.y);
    cr.close_path();
    set_colour(cr, style.fonts.legend.colour);
    cr.fill();
}

}  // namespace

Timeline timeline_of(const Atlas& atlas, const YearRange& years) {
    Timeline t{years, {}};
    for (const Event& e : atlas.events)
        if (years.contains(e.years.first))
            t.event_years.push_back(e.years.first);
    std::sort(t.event_years.begin(), t.event_years.end());
    for (const War& w : atlas.wars)
        if (w.years.overlaps(years))
            t.wars.push_back(
                {w.name,
                 {std::max(w.years.first, years.first), std::min(w.years.last, years.last)}});
    return t;
}

double timeline_band_pt(const Style& style) {
    return dots_room_pt(style) + labels_room_pt(style) + names_room_pt(style);
}

PageSize page_above_timeline(const PageSize& page, const Style& style) {
    const long band_px = std::lround(timeline_band_pt(style) * page.px_per_pt);
    PageSize above = page;
    above.height_pt = static_cast<double>(page.height_px() - band_px) / page.px_per_pt;
    return above;
}

void draw_timeline_bar(Canvas& cr, const PageBox& box, const Timeline& timeline, const Style& style,
                       int year, double progress) {
    const double pad = kPadMm * kPtPerMm;
    cr.save();
    LabelFont big = style.fonts.title;
    big.halo_pt = 0.0;
    const TextSize widest = measure_text(cr, big, "8888");
    const TextSize year_size = measure_text(cr, big, std::to_string(year));
    draw_text(cr, big, std::to_string(year),
              {box.x0 + widest.width_pt - year_size.width_pt,
               box.y0 + dots_room_pt(style) - year_size.baseline_pt},
              false);
    const double last_label = measure_text(cr, style.fonts.legend, "8888").width_pt;
    const Axis axis{box.x0 + 2 * pad + widest.width_pt, box.x1 - last_label / 2,
                    box.y0 + dots_room_pt(style), timeline.years};
    const double now = std::clamp(year - 1 + std::clamp(progress, 0.0, 1.0),
                                  static_cast<double>(timeline.years.first),
                                  static_cast<double>(timeline.years.last));
    draw_wars(cr, axis, timeline, style, box.y0);
    draw_axis(cr, axis, now, style);
    draw_events(cr, axis, timeline, year, style, axis.y - box.y0);
    draw_marker(cr, axis, now, style);
    cr.restore();
}

RasterImage frame_with_timeline(const RasterImage& map, const PageSize& page,
                                const Timeline& timeline, const Style& style, int year,
                                double progress) {
    RasterImage frame{page.width_px(), page.height_px(), page.width_px() * 4, {}};
    frame.pixels.resize(static_cast<std::size_t>(frame.stride) * frame.height);
    const int rows = std::min(map.height, frame.height);
    const std::size_t row_bytes = static_cast<std::size_t>(std::min(map.stride, frame.stride));
    for (int y = 0; y < rows; ++y)
        std::memcpy(frame.pixels.data() + static_cast<std::size_t>(y) * frame.stride,
                    map.pixels.data() + static_cast<std::size_t>(y) * map.stride, row_bytes);
    const Surface surface =
        checked(cairo_image_surface_create_for_data(frame.pixels.data(), CAIRO_FORMAT_ARGB32,
                                                    frame.width, frame.height, frame.stride),
                "timeline bar");
    const Context cr = make_context(surface.get());
    cairo_scale(cr.get(), page.px_per_pt, page.px_per_pt);
    const double top = rows / page.px_per_pt, margin = style.page.margin_mm * kPtPerMm;
    cairo_rectangle(cr.get(), 0, top, page.width_pt, page.height_pt - top);
    cairo_set_source_rgba(cr.get(), style.page.paper.r, style.page.paper.g, style.page.paper.b,
                          style.page.paper.a);
    cairo_fill(cr.get());
    const PageBox box{margin, top - margin / 2, page.width_pt - margin, page.height_pt};
    Canvas canvas(page.width_pt, page.height_pt, cr.get());
    draw_timeline_bar(canvas, box, timeline, style, year, progress);
    draw_display_list(cr.get(), canvas.finish());
    cairo_surface_flush(surface.get());
    return frame;
}

}  // namespace cm
