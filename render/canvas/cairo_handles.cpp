#include "render/canvas/cairo_handles.hpp"

#include "geodata/model/error.hpp"
#include "render/labels/layout.hpp"

namespace cm {

Surface checked(cairo_surface_t* surface, const std::string& what) {
    Surface owned(surface);
    if (!surface || cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS)
        throw RenderError(what + ": " +
                          (surface ? cairo_status_to_string(cairo_surface_status(surface))
                                   : "cannot create a surface"));
    return owned;
}

Context make_context(cairo_surface_t* surface) {
    Context cr(cairo_create(surface));
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS)
        throw RenderError(std::string("cairo: ") + cairo_status_to_string(cairo_status(cr.get())));
    return cr;
}

Layout make_layout(cairo_t* cr) {
    const std::unique_ptr<PangoContext, GObjectDeleter> context(pango_cairo_create_context(cr));
    if (!context)
        throw RenderError("pango: cannot create a text context");
    prepare_label_context(context.get());
    Layout layout(pango_layout_new(context.get()));
    if (!layout)
        throw RenderError("pango: cannot create a text layout");
    return layout;
}

}  // namespace cm
