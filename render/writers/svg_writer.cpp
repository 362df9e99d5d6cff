#include "render/writers/svg_writer.hpp"

#include "render/canvas/pango_handles.hpp"
#include "render/writers/detail/svg_document.hpp"
#include "render/writers/detail/svg_items.hpp"
#include "render/writers/detail/svg_markup.hpp"
#include "render/writers/detail/svg_relief.hpp"
#include "render/writers/svg_page_size.hpp"

namespace cm {
namespace {

using detail::append_number;
using detail::SvgDocument;

/// The SVG 1.1 DTD, extended (internal subset, closed by svg_head()) by the Inkscape attributes
/// that mark a group as a layer, so that the file validates as it is.
constexpr const char* kPrologue =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
    "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n"
    "<!ATTLIST svg xmlns:inkscape CDATA #FIXED "
    "\"http://www.inkscape.org/namespaces/inkscape\">\n"
    "<!ATTLIST g inkscape:groupmode CDATA #IMPLIED inkscape:label CDATA #IMPLIED>\n";

const char* cap_name(LineCap cap) {
    return cap == LineCap::round ? "round" : cap == LineCap::square ? "square" : "butt";
}

const char* join_name(LineJoin join) {
    return join == LineJoin::round ? "round" : join == LineJoin::bevel ? "bevel" : "miter";
}

void append_stroke(std::string& out, const StrokeStyle& s) {
    detail::append_paint(out, "stroke", s.colour);
    out += " stroke-width=\"";
    append_number(out, s.width_pt);
    out += '"';
    if (s.cap != LineCap::butt)
        out += std::string(" stroke-linecap=\"") + cap_name(s.cap) + '"';
    if (s.join != LineJoin::miter)
        out += std::string(" stroke-linejoin=\"") + join_name(s.join) + '"';
    if (s.dash_pt.empty())
        return;
    out += " stroke-dasharray=\"";
    for (std::size_t i = 0; i < s.dash_pt.size(); ++i) {
        out += i ? "," : "";
        append_number(out, s.dash_pt[i]);
    }
    out += '"';
    if (s.dash_offset_pt != 0.0) {
        out += " stroke-dashoffset=\"";
        append_number(out, s.dash_offset_pt);
        out += '"';
    }
}

/// One <path>: filled, stroked or both (SVG 1.1 paints the fill first).
void append_path(SvgDocument& doc, const Shape& shape, bool with_fill, bool with_stroke,
                 const std::string& data) {
    doc.out += "<path";
    doc.append_feature(shape.feature);
    doc.out += " d=\"" + data + '"';
    if (with_fill && shape.fill) {
        detail::append_paint(doc.out, "fill", *shape.fill);
        if (shape.rule == FillRule::even_odd)
            doc.out += " fill-rule=\"evenodd\"";
    } else {
        doc.out += " fill=\"none\"";
    }
    if (with_stroke && shape.stroke)
        append_stroke(doc.out, *shape.stroke);
    doc.out += "/>\n";
}

void append_shape(SvgDocument& doc, const Shape& shape, const DisplayList& list) {
    if (shape.whole_page) {
        doc.out += "<rect x=\"0\" y=\"0\" width=\"" + detail::number(list.width_pt) +
                   "\" height=\"" + detail::number(list.height_pt) + '"';
        detail::append_paint(doc.out, "fill", *shape.fill);
        doc.out += "/>\n";
        return;
    }
    std::string data;
    detail::append_path_data(data, shape.path);
    if (shape.stroke_first && shape.fill && shape.stroke) {  // the outline under the fill
        append_path(doc, shape, false, true, data);
        append_path(doc, shape, true, false, data);
    } else {
        append_path(doc, shape, true, true, data);
    }
}

std::string png_href(const std::vector<std::uint8_t>& png) {
    const GlibText base64(g_base64_encode(png.data(), png.size()));
    return std::string("data:image/png;base64,") + base64.get();
}

void append_image(SvgDocument& doc, const ImageItem& item, const detail::SvgPage& page) {
    if (!item.image || item.image->width <= 0)
        return;
    if (page.sketch_images) {  // the same image, at the same place, gives the same sketch
        doc.out += "<image sketch=\"" +
                   std::to_string(reinterpret_cast<std::uintptr_t>(item.image.get())) + ' ' +
                   detail::number(item.box.x0) + ' ' + detail::number(item.box.y0) + ' ' +
                   detail::number(item.box.width()) + ' ' + detail::number(item.box.height()) +
                   "\"/>\n";
        return;
    }
    const SvgOptions& options = page.options;
    SvgFile& file = page.file;
    std::vector<std::uint8_t> png =
        detail::relief_png(detail::relief_for_svg(*item.image, item.box));
    std::string href = options.relief_href;
    if (href.empty())
        href = png_href(png);
    else
        file.relief_png = std::move(png);
    doc.out += "<image";
    doc.append_feature(item.feature);
    const PageBox& b = item.box;
    doc.out += " x=\"" + detail::number(b.x0) + "\" y=\"" + detail::number(b.y0) + "\" width=\"" +
               detail::number(b.width()) + "\" height=\"" + detail::number(b.height()) +
               "\" preserveAspectRatio=\"none\" xlink:href=\"";
    detail::append_escaped(doc.out, href);
    doc.out += "\"/>\n";
}

struct ItemWriter {
    SvgDocument& doc;
    const detail::SvgPage& page;
    void operator()(const Shape& s) const { append_shape(doc, s, page.list); }
    void operator()(const TextRun& t) const { detail::append_text_run(doc, t); }
    void operator()(const LabelSet& l) const { detail::append_label_set(doc, l); }
    void operator()(const ImageItem& i) const { append_image(doc, i, page); }
    void operator()(const std::unique_ptr<Group>& g) const { write_group(*g); }
    void operator()(const std::shared_ptr<const Group>& g) const { write_group(*g); }
    void write_group(const Group& g) const {
        detail::open_group(doc, g);
        for (const Item& item : g.items)
            std::visit(*this, item);
        doc.out += "</g>\n";
    }
};

}  // namespace

namespace detail {

std::string clip_id(SvgDocument& doc, const Group& group) {
    std::string data;
    detail::append_path_data(data, *group.clip);
    const std::string rule = group.clip_rule == FillRule::even_odd ? "evenodd" : "nonzero";
    const auto [at, fresh] = doc.clips.try_emplace(data + rule, "");
    if (!fresh)
        return at->second;
    at->second = "clip" + std::to_string(doc.clips.size());
    doc.out += "<clipPath id=\"" + at->second + "\"><path d=\"" + data + "\" clip-rule=\"" + rule +
               "\"/></clipPath>\n";
    return at->second;
}

void open_group(SvgDocument& doc, const Group& group) {
    const std::string clip = group.clip ? clip_id(doc, group) : "";
    doc.out += "<g";
    if (!group.id.empty()) {
        doc.out += " id=\"" + detail::id_part(group.id) + doc.id_suffix +
                   "\" inkscape:groupmode=\"layer\" " + "inkscape:label=\"";
        detail::append_escaped(doc.out, group.label);
        doc.out += '"';
    }
    if (!clip.empty())
        doc.out += " clip-path=\"url(#" + clip + ")\"";
    doc.out += ">\n";
}

void append_item(SvgDocument& doc, const SvgPage& page, const Item& item) {
    std::visit(ItemWriter{doc, page}, item);
}

std::string svg_head(const DisplayList& list, const std::string& declarations) {
    std::string out = kPrologue + declarations + "]>\n";
    out +=
        "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" version=\"1.1\" "
        "width=\"" +
        mm_text(list.width_pt / 72.0 * 25.4) + "mm\" height=\"" +
        mm_text(list.height_pt / 72.0 * 25.4) + "mm\" viewBox=\"0 0 " +
        detail::number(list.width_pt) + ' ' + detail::number(list.height_pt) + "\">\n";
    out += "<title>";
    detail::append_escaped(out, list.title);
    out += "</title>\n";
    return out;
}

}  // namespace detail

SvgFile write_svg(const DisplayList& list, const SvgOptions& options) {
    SvgFile file;
    SvgDocument doc;
    doc.out = detail::svg_head(list);
    const detail::SvgPage page{list, options, file};
    for (const Item& item : list.root.items)
        detail::append_item(doc, page, item);
    doc.out += "</svg>\n";
    file.svg = std::move(doc.out);
    return file;
}

}  // namespace cm
