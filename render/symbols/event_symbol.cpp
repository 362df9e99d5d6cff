#include "render/symbols/event_symbol.hpp"

#include <cmath>

#include "render/canvas/paint.hpp"

namespace cm {
namespace {

/// Two blades crossing at the centre, each with a cross-guard near its hilt end.
void trace_swords(cairo_t* cr, double r) {
    for (int side : {-1, 1}) {
        cairo_move_to(cr, -r * side, -r);
        cairo_line_to(cr, r * side, r);
        const double hx = 0.55 * r * side, hy = 0.55 * r;
        const double px = -0.3 * r / M_SQRT2, py = 0.3 * r * side / M_SQRT2;
        cairo_move_to(cr, hx - px, hy - py);
        cairo_line_to(cr, hx + px, hy + py);
    }
}

/// A round fort: a circle with four crenels.
void trace_siege(cairo_t* cr, double r) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, 0, 0, 0.7 * r, 0, 2 * M_PI);
    for (int i = 0; i < 4; ++i) {
        const double a = i * M_PI / 2 + M_PI / 4;
        cairo_move_to(cr, 0.7 * r * std::cos(a), 0.7 * r * std::sin(a));
        cairo_line_to(cr, r * std::cos(a), r * std::sin(a));
    }
}

/// A flag on a staff.
void trace_flag(cairo_t* cr, double r) {
    cairo_move_to(cr, -0.6 * r, r);
    cairo_line_to(cr, -0.6 * r, -r);
    cairo_line_to(cr, 0.8 * r, -0.6 * r);
    cairo_line_to(cr, -0.6 * r, -0.15 * r);
}

/// A flame: two curves meeting at a point.
void trace_flame(cairo_t* cr, double r) {
    cairo_move_to(cr, 0, -r);
    cairo_curve_to(cr, 0.9 * r, -0.1 * r, 0.8 * r, r, 0, r);
    cairo_curve_to(cr, -0.8 * r, r, -0.9 * r, -0.1 * r, 0, -r);
    cairo_close_path(cr);
}

/// An assembly: a ring of five seats round a hearth.
void trace_assembly(cairo_t* cr, double r) {
    for (int i = 0; i < 5; ++i) {
        const double a = -M_PI / 2 + i * 2 * M_PI / 5;
        cairo_new_sub_path(cr);
        cairo_arc(cr, 0.7 * r * std::cos(a), 0.7 * r * std::sin(a), 0.25 * r, 0, 2 * M_PI);
    }
    cairo_new_sub_path(cr);
    cairo_arc(cr, 0, 0, 0.15 * r, 0, 2 * M_PI);
}

/// A migration or flight: two chevrons pointing the same way.
void trace_migration(cairo_t* cr, double r) {
    for (double x : {-0.7 * r, 0.1 * r}) {
        cairo_move_to(cr, x, -0.8 * r);
        cairo_line_to(cr, x + 0.6 * r, 0);
        cairo_line_to(cr, x, 0.8 * r);
    }
}

void trace_diamond(cairo_t* cr, double r) {
    cairo_move_to(cr, 0, -r);
    cairo_line_to(cr, 0.7 * r, 0);
    cairo_line_to(cr, 0, r);
    cairo_line_to(cr, -0.7 * r, 0);
    cairo_close_path(cr);
}

void trace(cairo_t* cr, EventType type, double r) {
    switch (type) {
        case EventType::battle:
            trace_swords(cr, r);
            break;
        case EventType::siege:
            trace_siege(cr, r);
            break;
        case EventType::capture:
            trace_flag(cr, r);
            break;
        case EventType::revolt:
            trace_flame(cr, r);
            break;
        case EventType::assembly:
            trace_assembly(cr, r);
            break;
        case EventType::migration:
            trace_migration(cr, r);
            break;
        default:
            trace_diamond(cr, r);
            break;
    }
}

}  // namespace

void draw_event_symbol(cairo_t* cr, EventType type, PagePt at, double size_pt,
                       const SymbolInk& ink) {
    const double r = size_pt / 2.0;
    cairo_save(cr);
    cairo_translate(cr, at.x, at.y);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    trace(cr, type, r);
    set_colour(cr, ink.halo);
    cairo_set_line_width(cr, ink.line_pt * 3.0);
    cairo_stroke(cr);
    trace(cr, type, r);
    set_colour(cr, ink.colour);
    const bool filled =
        type == EventType::revolt || type == EventType::capture || type == EventType::assembly;
    if (filled)
        cairo_fill_preserve(cr);
    cairo_set_line_width(cr, ink.line_pt);
    cairo_stroke(cr);
    cairo_restore(cr);
}

}  // namespace cm
