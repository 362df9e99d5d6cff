#pragma once

// RAII for the Cairo handles the renderer uses: each owner releases its handle
// once, and a null handle from a failed constructor becomes a RenderError at the call site.

#include <memory>
#include <string>

#include <cairo.h>

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
struct FontOptionsDeleter {
    void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
};

using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;
using CairoPattern = std::unique_ptr<cairo_pattern_t, PatternDeleter>;
using FontOptions = std::unique_ptr<cairo_font_options_t, FontOptionsDeleter>;

/// @throws RenderError naming @p what when @p surface is in an error state.
Surface checked(cairo_surface_t* surface, const std::string& what);
/// A drawing context on @p surface. @throws RenderError when Cairo cannot create one.
Context make_context(cairo_surface_t* surface);

}  // namespace cm
