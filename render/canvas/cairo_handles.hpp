#pragma once

// RAII for the Cairo and Pango handles the renderer uses: each owner releases its handle
// once, and a null handle from a failed constructor becomes a RenderError at the call site.

#include <memory>
#include <string>

#include <cairo.h>
#include <pango/pangocairo.h>

namespace cm {

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct PatternDeleter {
    void operator()(cairo_pattern_t* p) const { cairo_pattern_destroy(p); }
};
struct GObjectDeleter {
    void operator()(void* o) const { g_object_unref(o); }
};

using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;
using CairoPattern = std::unique_ptr<cairo_pattern_t, PatternDeleter>;
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;

/// @throws RenderError naming @p what when @p surface is in an error state.
Surface checked(cairo_surface_t* surface, const std::string& what);
/// A drawing context on @p surface. @throws RenderError when Cairo cannot create one.
Context make_context(cairo_surface_t* surface);
/// A Pango layout drawing on @p cr, laid out as labels are (prepare_label_context: unhinted
/// metrics, glyph positions not rounded), so a text has the same glyph positions on an image,
/// a PDF and in the SVG writer's measures.
Layout make_layout(cairo_t* cr);

}  // namespace cm
