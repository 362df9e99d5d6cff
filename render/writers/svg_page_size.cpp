#include "render/writers/svg_page_size.hpp"

#include <cmath>
#include <cstdio>

namespace cm {
namespace {

/// Replaces the value of attribute @p name (`name="..."`) between @p from and @p to.
bool set_attribute(std::string& svg, std::size_t from, std::size_t to, const std::string& name,
                   const std::string& value) {
    const std::string key = " " + name + "=\"";
    const std::size_t at = svg.find(key, from);
    if (at == std::string::npos || at > to)
        return false;
    const std::size_t start = at + key.size();
    const std::size_t end = svg.find('"', start);
    if (end == std::string::npos || end > to)
        return false;
    svg.replace(start, end - start, value);
    return true;
}

}  // namespace

std::string mm_text(double mm) {
    char text[64];
    std::snprintf(text, sizeof text, "%.3f", std::round(mm * 1000.0) / 1000.0);
    std::string out = text;
    while (out.back() == '0')
        out.pop_back();
    if (out.back() == '.')
        out.pop_back();
    return out;
}

std::string with_page_size_mm(std::string svg, double width_pt, double height_pt) {
    const std::size_t root = svg.find("<svg");
    if (root == std::string::npos)
        return svg;
    constexpr double kMmPerPt = 25.4 / 72.0;
    const std::string w = mm_text(width_pt * kMmPerPt) + "mm";
    const std::string h = mm_text(height_pt * kMmPerPt) + "mm";
    set_attribute(svg, root, svg.find('>', root), "width", w);
    set_attribute(svg, root, svg.find('>', root), "height", h);
    return svg;
}

}  // namespace cm
