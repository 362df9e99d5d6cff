#pragma once

// Event symbols as vector shapes, centred on a point, @p size_pt across: crossed swords for a
// battle, a ring of towers for a siege, a flag for a capture, a flame for a revolt, a ring of
// seats for an assembly, two chevrons for a migration or flight, a dagger cross for a death, a
// sealed sheet for a treaty, an arrow bowed onto a bar for a submission, an arrow setting out
// from a ring for a campaign begun: one shape per EventType.
// Drawn with a halo so they read over fills and routes.

#include "geodata/model/event.hpp"
#include "render/canvas/colour.hpp"
#include "render/display/canvas.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

struct SymbolInk {
    Colour colour;
    Colour halo;
    double line_pt = 1.0;
};

void draw_event_symbol(Canvas& cr, EventType type, PagePt at, double size_pt, const SymbolInk& ink);

}  // namespace cm
