#include <cmath>

#include "render/writers/detail/svg_document.hpp"
#include "render/writers/detail/svg_markup.hpp"

namespace cm::detail {
namespace {

double degrees(double rad) {
    return rad * 180.0 / M_PI;
}

/// Appends a <use> of the text @p id stroked in @p font's halo.
void append_halo(std::string& out, const LabelFont& font, const std::string& id) {
    if (font.halo_pt <= 0.0 || font.halo.a <= 0.0)
        return;
    out += "<use xlink:href=\"#" + id + "\" fill=\"none\"";
    append_paint(out, "stroke", font.halo);
    out += " stroke-width=\"" + number(2.0 * font.halo_pt) +
           "\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n";
}

/// Appends ` systemLanguage=".."` for @p language (nothing for the default child).
void append_language(std::string& out, const std::string& language) {
    if (!language.empty())
        out += " systemLanguage=\"" + language + '"';
}

/// @returns the language, fill and halo of a switched text: the halo as its own stroke,
/// painted under the fill (a <use> of it could not follow the child a reader's language picks).
std::string switched_paint(const std::string& language, const LabelFont& font, bool with_halo) {
    std::string out;
    append_language(out, language);
    append_paint(out, "fill", font.colour);
    if (!with_halo || font.halo_pt <= 0.0 || font.halo.a <= 0.0)
        return out;
    append_paint(out, "stroke", font.halo);
    out += " stroke-width=\"" + number(2.0 * font.halo_pt) +
           "\" stroke-linejoin=\"round\" stroke-linecap=\"round\" paint-order=\"stroke\"";
    return out;
}

void append_spacing(std::string& out, const LabelFont& font) {
    if (font.letter_spacing_pt != 0.0)
        out += " letter-spacing=\"" + number(font.letter_spacing_pt) + '"';
}

/// Whether each of @p label's runs can be a <tspan> of one <text>: all upright. A turned run
/// (each letter of a name along a river) is a <text> of its own, moved and turned by its
/// transform: librsvg (which Wikimedia Commons draws SVG with) ignores SVG's per-glyph rotate.
bool fits_one_text(const PlacedLabel& label) {
    for (const PlacedRun& run : label.runs)
        if (run.angle_rad != 0.0)
            return false;
    return true;
}

void append_tspan(std::string& out, const PlacedRun& run) {
    out += "<tspan x=\"" + number(run.origin.x) + "\" y=\"" + number(run.origin.y) + '"';
    if (run.angle_rad != 0.0)
        out += " rotate=\"" + number(degrees(run.angle_rad)) + '"';
    out += '>';
    append_escaped(out, run.text);
    out += "</tspan>";
}

/// Opens a <text> of @p label's font and feature, without its fill (the halo's <use> sets
/// its own paint; the fill comes from the group around the texts).
void open_text(SvgDocument& doc, const PlacedLabel& label, const std::string& kind,
               const std::string& id, const std::string& transform, const std::string& paint = "") {
    doc.out += "<text id=\"" + id + "\" class=\"label " + id_part(kind) + '"' + paint;
    append_font(doc.out, label.font);
    if (label.kind != LabelKind::line)
        append_spacing(doc.out, label.font);
    doc.out += transform + '>';
}

/// @returns the ids of the <text> elements of @p label (one, or one per run).
std::vector<std::string> append_label(SvgDocument& doc, const PlacedLabel& label,
                                      const std::string& kind) {
    const std::string stem = "label." + id_part(label.id);
    std::vector<std::string> ids;
    if (fits_one_text(label)) {
        ids.push_back(doc.id_for({"", stem}));
        open_text(doc, label, kind, ids.back(), "");
        for (const PlacedRun& run : label.runs)
            append_tspan(doc.out, run);
        doc.out += "</text>\n";
        return ids;
    }
    doc.out += "<g id=\"" + doc.id_for({"", stem}) + "\" class=\"label " + id_part(kind) + "\">";
    for (const PlacedRun& run : label.runs) {
        ids.push_back(doc.id_for({"", stem}));
        const std::string turn = " transform=\"translate(" + number(run.origin.x) + ' ' +
                                 number(run.origin.y) + ") rotate(" +
                                 number(degrees(run.angle_rad)) + ")\"";
        open_text(doc, label, kind, ids.back(), turn);
        PlacedRun upright = run;
        upright.origin = {0.0, 0.0};
        upright.angle_rad = 0.0;
        append_tspan(doc.out, upright);
        doc.out += "</text>\n";
    }
    doc.out += "</g>\n";
    return ids;
}

/// Appends the rest of @p run's <text> after its id: class, @p paint, font, place and text.
void append_run_body(SvgDocument& doc, const TextRun& run, const std::string& paint) {
    if (!run.feature.kind.empty())
        doc.out += " class=\"" + id_part(run.feature.kind) + '"';
    doc.out += paint;
    append_font(doc.out, run.font);
    append_spacing(doc.out, run.font);
    if (run.angle_rad != 0.0)
        doc.out += " transform=\"translate(" + number(run.at.x) + ' ' + number(run.at.y) +
                   ") rotate(" + number(degrees(run.angle_rad)) + ")\" x=\"0\" y=\"" +
                   number(run.baseline_pt) + '"';
    else
        doc.out +=
            " x=\"" + number(run.at.x) + "\" y=\"" + number(run.at.y + run.baseline_pt) + '"';
    doc.out += '>';
    append_escaped(doc.out, run.text);
    doc.out += "</text>";
}

}  // namespace

std::string SvgDocument::id_for(const FeatureTag& feature) {
    if (feature.kind.empty() && feature.id.empty())
        return "";
    const std::string stem =
        (feature.kind.empty() ? feature.id : id_part(feature.kind) + "." + id_part(feature.id)) +
        id_suffix;
    const int n = ++ids[stem];
    return n == 1 ? stem : stem + "." + std::to_string(n);
}

void SvgDocument::append_feature(const FeatureTag& feature) {
    if (feature.kind.empty())
        return;
    out += " id=\"" + id_for(feature) + "\" class=\"" + id_part(feature.kind) + '"';
}

void append_paint(std::string& out, const char* name, const Colour& colour) {
    out += std::string(" ") + name + "=\"" + hex_colour(colour) + '"';
    if (colour.a < 1.0)
        out += std::string(" ") + name + "-opacity=\"" + number(colour.a) + '"';
}

void append_font(std::string& out, const LabelFont& font) {
    out += " font-family=\"";
    append_escaped(out, font.family);
    out += "\" font-size=\"" + number(font.size_pt) + '"';
    if (font.italic)
        out += " font-style=\"italic\"";
    if (font.bold)
        out += " font-weight=\"bold\"";
}

void append_text_run(SvgDocument& doc, const TextRun& run) {
    const std::string id = "text" + std::to_string(++doc.text_count);
    if (run.with_halo)
        append_halo(doc.out, run.font, id);
    doc.out += "<g";
    append_paint(doc.out, "fill", run.font.colour);
    doc.out += "><text id=\"" + id + '"';
    append_run_body(doc, run, "");
    doc.out += "</g>\n";
}

void append_switched_run(SvgDocument& doc, const TextRun& run) {
    doc.out += "<text id=\"text" + std::to_string(++doc.text_count) + doc.id_suffix + '"';
    append_run_body(doc, run, switched_paint(doc.language, run.font, run.with_halo));
    doc.out += '\n';
}

void append_switched_label(SvgDocument& doc, const PlacedLabel& label, const std::string& kind) {
    if (fits_one_text(label)) {
        const std::string id = doc.id_for({"", "label." + id_part(label.id)});
        open_text(doc, label, kind, id, "", switched_paint(doc.language, label.font, true));
        for (const PlacedRun& run : label.runs)
            append_tspan(doc.out, run);
        doc.out += "</text>\n";
        return;
    }
    // Letters along a river: their halos under all of them, as in a single-language SVG.
    doc.out += "<g";
    append_language(doc.out, doc.language);
    doc.out += ">\n";
    append_label_set(doc, LabelSet{{label}, {kind}});
    doc.out += "</g>\n";
}

void append_switched_nothing(SvgDocument& doc) {
    doc.out += "<text";
    append_language(doc.out, doc.language);
    doc.out += "/>\n";
}

void append_label_set(SvgDocument& doc, const LabelSet& set) {
    std::string texts;
    std::string halos;
    std::swap(doc.out, texts);
    for (std::size_t i = 0; i < set.labels.size(); ++i) {
        const std::string kind = i < set.kinds.size() ? set.kinds[i] : "";
        const PlacedLabel& label = set.labels[i];
        doc.out += "<g";
        append_paint(doc.out, "fill", label.font.colour);
        doc.out += ">";
        for (const std::string& id : append_label(doc, label, kind))
            append_halo(halos, label.font, id);
        doc.out += "</g>\n";
    }
    std::swap(doc.out, texts);
    doc.out += "<g class=\"halos\">\n" + halos + "</g>\n" + texts;
}

}  // namespace cm::detail
