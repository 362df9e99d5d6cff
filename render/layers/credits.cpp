#include "render/layers/credits.hpp"

#include <algorithm>

#include "render/display/paint.hpp"
#include "render/language/words.hpp"
#include "render/layers/layers.hpp"

namespace cm {

namespace {

const char* const kSeparator = " \u00b7 ";

/// A reader's name for the PROJ definition: its +proj= method, or the definition itself.
std::string projection_name(const std::string& definition) {
    const auto at = definition.find("+proj=");
    if (at == std::string::npos)
        return definition;
    const std::string method = definition.substr(at + 6, definition.find(' ', at) - at - 6);
    if (method == "aea")
        return tr("Albers equal-area conic");
    if (method == "lcc")
        return tr("Lambert conformal conic");
    if (method == "eqdc")
        return tr("equidistant conic");
    if (method == "merc")
        return tr("Mercator");
    return method;
}

/// Fills lines with @p parts joined by the separator, each line as long as fits @p width_pt
/// (a part wider than that has a line of its own).
std::vector<std::string> wrap_parts(const Canvas& cr, const LabelFont& font,
                                    const std::vector<std::string>& parts, double width_pt) {
    std::vector<std::string> lines;
    for (const std::string& part : parts) {
        if (!lines.empty()) {
            const std::string longer = lines.back() + kSeparator + part;
            if (measure_text(cr, font, longer).width_pt <= width_pt) {
                lines.back() = longer;
                continue;
            }
        }
        lines.push_back(part);
    }
    return lines;
}

/// The words of @p parts, the separator joined to the word before it.
std::vector<std::string> words_of(const std::vector<std::string>& parts) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        std::size_t at = 0;
        while (at < parts[i].size()) {
            const std::size_t end = std::min(parts[i].find(' ', at), parts[i].size());
            words.push_back(parts[i].substr(at, end - at));
            at = end + 1;
        }
        if (i + 1 < parts.size() && !words.empty())
            words.back() += kSeparator;
    }
    return words;
}

/// Fills lines with @p words, each as long as fits @p width_pt.
std::vector<std::string> wrap_words(const Canvas& cr, const LabelFont& font,
                                    const std::vector<std::string>& words, double width_pt) {
    std::vector<std::string> lines;
    for (const std::string& word : words) {
        const bool after_separator = !lines.empty() && lines.back().ends_with(kSeparator);
        const std::string longer =
            lines.empty() ? word : lines.back() + (after_separator ? "" : " ") + word;
        if (!lines.empty() && measure_text(cr, font, longer).width_pt <= width_pt)
            lines.back() = longer;
        else
            lines.push_back(word);
    }
    for (std::string& line : lines)  // a line ending at a part's end drops the separator
        if (line.ends_with(kSeparator))
            line.resize(line.size() - std::string(kSeparator).size());
    return lines;
}

CreditsBlock block_of(const Canvas& cr, const LabelFont& font, std::vector<std::string> lines,
                      PagePt top_left) {
    CreditsBlock block{std::move(lines), font, 0.0, {top_left.x, top_left.y, top_left.x, 0.0}};
    for (const std::string& line : block.lines) {
        const TextSize size = measure_text(cr, font, line);
        block.line_pt = std::max(block.line_pt, size.height_pt);
        block.box.x1 = std::max(block.box.x1, top_left.x + size.width_pt);
    }
    block.box.y1 = top_left.y + block.line_pt * static_cast<double>(block.lines.size());
    return block;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

}  // namespace

std::vector<std::string> credits_parts(const PageMap& map) {
    std::vector<std::string> parts;
    if (map.relief)
        parts.push_back(tr("Relief: ETOPO5 (NOAA NGDC)"));
    for (const std::string& c : map.basemap_credits)
        parts.push_back(c);
    parts.push_back(tr("Places: campaignmap gazetteer"));
    if (!map.scene.sources.empty())
        parts.push_back(fill_pattern(tr("History: %s"), joined(map.scene.sources)));
    if (!map.scene.references.empty())
        parts.push_back(fill_pattern(tr("References: %s"), joined(map.scene.references)));
    parts.push_back(fill_pattern(tr("Projection: %s"), projection_name(map.projection)));
    return parts;
}

CreditsBlock set_credits(const Canvas& cr, const PageMap& map, const Style& style) {
    // Under the frame and the legend's panel beside it, if any.
    const PageBox& frame = map.frame.map_box;
    const PageBox f{frame.x0, frame.y0, std::max(frame.x1, map.legend_panel.x1), frame.y1};
    const PagePt top_left{f.x0, f.y1 + 2.0};
    const double bottom = map.page.height_pt - style.page.margin_mm * kPtPerMm * 0.5;
    const std::vector<std::string> parts = credits_parts(map);
    const std::vector<std::string> words = words_of(parts);
    auto fits = [&](const CreditsBlock& b) {
        return b.lines.size() <= kCreditsMaxLines && b.box.x1 <= f.x1 && b.box.y1 <= bottom;
    };
    CreditsBlock block;
    // Whole parts on a line first, then parts broken between words, at each size in turn.
    for (const double scale : {1.0, 0.9, 0.8, kCreditsMinScale}) {
        LabelFont font = style.fonts.credits;
        font.size_pt *= scale;
        block = block_of(cr, font, wrap_parts(cr, font, parts, f.width()), top_left);
        if (fits(block))
            break;
        block = block_of(cr, font, wrap_words(cr, font, words, f.width()), top_left);
        if (fits(block))
            break;
    }
    return block;
}

void draw_credits(Canvas& cr, const PageMap& map, const Style& style) {
    const CreditsBlock block = set_credits(cr, map, style);
    for (std::size_t i = 0; i < block.lines.size(); ++i)
        draw_text(cr, block.font, block.lines[i],
                  {block.box.x0, block.box.y0 + block.line_pt * static_cast<double>(i)}, false);
}

}  // namespace cm
