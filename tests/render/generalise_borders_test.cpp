// Generalised at the page's resolution, a border that follows a Natural Earth river still lies
// exactly on the river drawn (the same points, not merely within a tolerance): on the demo war
// maps, every vertex of such a border is a point of the drawn river's line, within a
// thousandth of a millimetre. Uses the shipped data and Natural Earth extract.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/io/basemap_loader.hpp"
#include "render/canvas/fonts.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"

namespace cm {
namespace {

constexpr double kSameMm = 0.001;

double to_segment(const PagePt& p, const PagePt& a, const PagePt& b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    const double t =
        len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/// Distance (pt) from @p p to the nearest drawn Natural Earth river.
double to_drawn_river(const PageMap& map, const PagePt& p) {
    double best = 1e9;
    for (const PageLine& river : map.rivers)
        if (river.id.rfind("ne:", 0) == 0)
            for (const auto& line : river.lines)
                for (std::size_t i = 0; i + 1 < line.size(); ++i)
                    best = std::min(best, to_segment(p, line[i], line[i + 1]));
    return best;
}

bool follows_natural_earth(const Atlas& atlas, const std::string& border_id) {
    for (const Border& b : atlas.borders)
        if (b.id == border_id && !b.follows.empty()) {
            const Place* river = find_place(atlas, b.follows);
            return river && river->course == "natural-earth";
        }
    return false;
}

/// @returns how many border vertices lie on a drawn river; expects none nearer than 1 mm to
/// lie off it by more than kSameMm.
int expect_exactly_on_rivers(const Atlas& atlas, const Basemap& basemap,
                             const std::string& style_name, const std::string& page,
                             YearRange years) {
    MapSpec spec;
    spec.years = years;
    spec.page = parse_page(page, 300);
    spec.relief = false;
    const Style style = load_style(resolve_style_path(style_name));
    const MapPlan plan = plan_map(atlas, spec, style);
    const PageMap map = compose_unlabelled_map(plan, spec, style, basemap, nullptr, nullptr);
    int on = 0;
    double worst_mm = 0.0;
    for (const PageBorder& b : map.borders) {
        if (!follows_natural_earth(atlas, b.id))
            continue;
        for (const auto& line : b.lines)
            for (const PagePt& v : line) {
                const double mm = to_drawn_river(map, v) / kPtPerMm;
                if (!map.frame.map_box.contains(v) || mm > 1.0)
                    continue;  // outside the frame, or the river faded out at this scale
                worst_mm = std::max(worst_mm, mm);
                ++on;
            }
    }
    EXPECT_LE(worst_mm, kSameMm) << style_name << " " << page;
    return on;
}

TEST(GeneraliseBorders, ABorderAlongARiverKeepsTheRiversPoints) {
    const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
    if (!std::filesystem::exists(data + "/basemap"))
        GTEST_SKIP() << "no Natural Earth extract";
    pin_fonts();
    const Atlas atlas = load_atlas(data);
    const Basemap basemap = load_natural_earth(data + "/basemap", natural_earth_extract_window());
    EXPECT_GT(expect_exactly_on_rivers(atlas, basemap, "publication", "a4-landscape", {1635, 1658}),
              100);
    EXPECT_GT(expect_exactly_on_rivers(atlas, basemap, "slides", "slide", {1681, 1684}), 100);
}

}  // namespace
}  // namespace cm
