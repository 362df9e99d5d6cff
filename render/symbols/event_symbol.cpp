#include "render/symbols/event_symbol.hpp"

#include <cmath>

#include "render/display/paint.hpp"

namespace cm {
namespace {

/// Two blades crossing at the centre, each with a cross-guard near its hilt end.
void trace_swords(Canvas& cr, double r) {
    for (int side : {-1, 1}) {
        cr.move_to(-r * side, -r);
        cr.line_to(r * side, r);
        const double hx = 0.55 * r * side, hy = 0.55 * r;
        const double px = -0.3 * r / M_SQRT2, py = 0.3 * r * side / M_SQRT2;
        cr.move_to(hx - px, hy - py);
        cr.line_to(hx + px, hy + py);
    }
}

/// A round fort: a circle with four crenels.
void trace_siege(Canvas& cr, double r) {
    cr.new_sub_path();
    cr.arc(0, 0, 0.7 * r, 0, 2 * M_PI);
    for (int i = 0; i < 4; ++i) {
        const double a = i * M_PI / 2 + M_PI / 4;
        cr.move_to(0.7 * r * std::cos(a), 0.7 * r * std::sin(a));
        cr.line_to(r * std::cos(a), r * std::sin(a));
    }
}

/// A flag on a staff.
void trace_flag(Canvas& cr, double r) {
    cr.move_to(-0.6 * r, r);
    cr.line_to(-0.6 * r, -r);
    cr.line_to(0.8 * r, -0.6 * r);
    cr.line_to(-0.6 * r, -0.15 * r);
}

/// A flame: two curves meeting at a point.
void trace_flame(Canvas& cr, double r) {
    cr.move_to(0, -r);
    cr.curve_to(0.9 * r, -0.1 * r, 0.8 * r, r, 0, r);
    cr.curve_to(-0.8 * r, r, -0.9 * r, -0.1 * r, 0, -r);
    cr.close_path();
}

/// An assembly: a ring of five seats round a hearth.
void trace_assembly(Canvas& cr, double r) {
    for (int i = 0; i < 5; ++i) {
        const double a = -M_PI / 2 + i * 2 * M_PI / 5;
        cr.new_sub_path();
        cr.arc(0.7 * r * std::cos(a), 0.7 * r * std::sin(a), 0.25 * r, 0, 2 * M_PI);
    }
    cr.new_sub_path();
    cr.arc(0, 0, 0.15 * r, 0, 2 * M_PI);
}

/// A migration or flight: two chevrons pointing the same way.
void trace_migration(Canvas& cr, double r) {
    for (double x : {-0.7 * r, 0.1 * r}) {
        cr.move_to(x, -0.8 * r);
        cr.line_to(x + 0.6 * r, 0);
        cr.line_to(x, 0.8 * r);
    }
}

/// A death: a dagger cross, its crossbar high on the staff.
void trace_dagger(Canvas& cr, double r) {
    cr.move_to(0, -r);
    cr.line_to(0, r);
    cr.move_to(-0.5 * r, -0.4 * r);
    cr.line_to(0.5 * r, -0.4 * r);
}

/// A treaty: a sheet with a line of writing and a seal hanging from its foot.
void trace_treaty(Canvas& cr, double r) {
    cr.rectangle(-0.6 * r, -0.9 * r, 1.2 * r, 1.5 * r);
    cr.move_to(-0.3 * r, -0.4 * r);
    cr.line_to(0.3 * r, -0.4 * r);
    cr.move_to(-0.3 * r, 0.0);
    cr.line_to(0.3 * r, 0.0);
    cr.new_sub_path();
    cr.arc(0, 0.75 * r, 0.25 * r, 0, 2 * M_PI);
}

/// A submission: an arrow bowed down onto a bar.
void trace_submission(Canvas& cr, double r) {
    cr.move_to(0, -r);
    cr.line_to(0, 0.35 * r);
    cr.move_to(-0.5 * r, -0.15 * r);
    cr.line_to(0, 0.35 * r);
    cr.line_to(0.5 * r, -0.15 * r);
    cr.move_to(-0.85 * r, 0.8 * r);
    cr.line_to(0.85 * r, 0.8 * r);
}

/// A campaign begun: an arrow setting out from a ring.
void trace_campaign(Canvas& cr, double r) {
    cr.new_sub_path();
    cr.arc(-0.6 * r, 0, 0.35 * r, 0, 2 * M_PI);
    cr.move_to(-0.25 * r, 0);
    cr.line_to(0.95 * r, 0);
    cr.move_to(0.45 * r, -0.45 * r);
    cr.line_to(0.95 * r, 0);
    cr.line_to(0.45 * r, 0.45 * r);
}

void trace(Canvas& cr, EventType type, double r) {
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
        case EventType::death:
            trace_dagger(cr, r);
            break;
        case EventType::treaty:
            trace_treaty(cr, r);
            break;
        case EventType::submission:
            trace_submission(cr, r);
            break;
        case EventType::campaign:
            trace_campaign(cr, r);
            break;
    }
}

}  // namespace

void draw_event_symbol(Canvas& cr, EventType type, PagePt at, double size_pt,
                       const SymbolInk& ink) {
    const double r = size_pt / 2.0;
    cr.save();
    cr.translate(at.x, at.y);
    cr.set_line_cap(LineCap::round);
    cr.set_line_join(LineJoin::round);
    trace(cr, type, r);
    set_colour(cr, ink.halo);
    cr.set_line_width(ink.line_pt * 3.0);
    cr.stroke();
    trace(cr, type, r);
    set_colour(cr, ink.colour);
    const bool filled =
        type == EventType::revolt || type == EventType::capture || type == EventType::assembly;
    if (filled)
        cr.fill_preserve();
    cr.set_line_width(ink.line_pt);
    cr.stroke();
    cr.restore();
}

}  // namespace cm
