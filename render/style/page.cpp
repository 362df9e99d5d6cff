#include "render/style/page.hpp"

#include <cmath>
#include <regex>

#include "geodata/model/error.hpp"

namespace cm {
namespace {

constexpr double kMmToPt = 72.0 / 25.4;

struct Paper {
    const char* name;
    double short_mm, long_mm;
};
constexpr Paper kPapers[] = {{"a4", 210.0, 297.0}, {"a3", 297.0, 420.0}, {"letter", 215.9, 279.4}};

PageSize paper_page(const Paper& paper, bool landscape, int dpi) {
    PageSize page;
    const double s = paper.short_mm * kMmToPt, l = paper.long_mm * kMmToPt;
    page.width_pt = landscape ? l : s;
    page.height_pt = landscape ? s : l;
    page.px_per_pt = (dpi > 0 ? dpi : 300) / 72.0;
    return page;
}

/// Pixel pages are laid out at 96 px per inch (CSS pixels): 1920x1080 is 1440x810 pt.
PageSize pixel_page(int width_px, int height_px, int dpi) {
    PageSize page;
    page.px_per_pt = (dpi > 0 ? dpi : 96) / 72.0;
    page.width_pt = width_px / page.px_per_pt;
    page.height_pt = height_px / page.px_per_pt;
    page.in_pixels = true;
    return page;
}

}  // namespace

PageSize at_density(const PageSize& page, double px_per_pt) {
    PageSize out = page;
    out.px_per_pt = px_per_pt;
    out.width_pt = page.width_px() / px_per_pt;
    out.height_pt = page.height_px() / px_per_pt;
    return out;
}

int PageSize::width_px() const {
    return static_cast<int>(std::lround(width_pt * px_per_pt));
}
int PageSize::height_px() const {
    return static_cast<int>(std::lround(height_pt * px_per_pt));
}

PageSize parse_page(const std::string& page, int dpi) {
    if (dpi < 0 || dpi > 2400)
        throw UsageError("--dpi " + std::to_string(dpi) + ": expected 1..2400");
    if (page == "slide")
        return pixel_page(1920, 1080, dpi);
    for (const Paper& paper : kPapers) {
        const std::string name = paper.name;
        if (page == name || page == name + "-portrait")
            return paper_page(paper, false, dpi);
        if (page == name + "-landscape")
            return paper_page(paper, true, dpi);
    }
    static const std::regex pixels(R"(([0-9]{2,5})x([0-9]{2,5}))");
    std::smatch m;
    if (std::regex_match(page, m, pixels)) {
        const int w = std::stoi(m[1]), h = std::stoi(m[2]);
        if (w >= 64 && h >= 64 && w <= 20000 && h <= 20000)
            return pixel_page(w, h, dpi);
    }
    throw UsageError("--page '" + page +
                     "': expected a4, a3, letter (optionally -portrait or -landscape), slide, "
                     "or WxH in pixels (64..20000)");
}

}  // namespace cm
