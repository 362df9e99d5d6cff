#include "render/canvas/cairo_handles.hpp"

#include "geodata/model/error.hpp"

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

}  // namespace cm
