#pragma once

// RAII for the Pango, GObject and GLib handles the renderer uses: each owner releases its
// handle once. The only place in the renderer that names their release functions.

#include <memory>

#include <pango/pangocairo.h>

namespace cm {

struct GObjectDeleter {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct GFreeDeleter {
    void operator()(gpointer memory) const { g_free(memory); }
};
struct LayoutIterDeleter {
    void operator()(PangoLayoutIter* iter) const { pango_layout_iter_free(iter); }
};
struct GlyphStringDeleter {
    void operator()(PangoGlyphString* glyphs) const { pango_glyph_string_free(glyphs); }
};
struct AttrListDeleter {
    void operator()(PangoAttrList* attrs) const { pango_attr_list_unref(attrs); }
};
struct FontDescriptionDeleter {
    void operator()(PangoFontDescription* desc) const { pango_font_description_free(desc); }
};

using FontMap = std::unique_ptr<PangoFontMap, GObjectDeleter>;
using TextContext = std::unique_ptr<PangoContext, GObjectDeleter>;
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;
using LayoutIter = std::unique_ptr<PangoLayoutIter, LayoutIterDeleter>;
using GlyphString = std::unique_ptr<PangoGlyphString, GlyphStringDeleter>;
using FontDescription = std::unique_ptr<PangoFontDescription, FontDescriptionDeleter>;
using AttrList = std::unique_ptr<PangoAttrList, AttrListDeleter>;
/// A string GLib allocated (g_utf8_strup, g_base64_encode, g_markup_escape_text...).
using GlibText = std::unique_ptr<gchar, GFreeDeleter>;

}  // namespace cm
