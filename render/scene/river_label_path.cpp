#include "render/scene/river_label_path.hpp"

#include <algorithm>
#include <cmath>

namespace cm::detail {
namespace {

double length_of(const std::vector<PagePt>& line) {
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    return total;
}

/// @p line resampled every @p step along its length (ends kept).
std::vector<PagePt> resampled(const std::vector<PagePt>& line, double step) {
    std::vector<PagePt> out{line.front()};
    double carried = 0.0;  // length walked since the last sample
    for (std::size_t i = 1; i < line.size(); ++i) {
        const PagePt a = line[i - 1], b = line[i];
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        double at = step - carried;
        for (; at < len; at += step)
            out.push_back({a.x + (b.x - a.x) * at / len, a.y + (b.y - a.y) * at / len});
        carried = len - (at - step);
    }
    out.push_back(line.back());
    return out;
}

/// Each point of @p line averaged with its @p radius neighbours on either side (fewer near
/// the ends, which stay where they are).
std::vector<PagePt> averaged(const std::vector<PagePt>& line, std::size_t radius) {
    std::vector<PagePt> out(line.size());
    const std::size_t n = line.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t r = std::min({radius, i, n - 1 - i});
        PagePt sum{0.0, 0.0};
        for (std::size_t j = i - r; j <= i + r; ++j)
            sum = {sum.x + line[j].x, sum.y + line[j].y};
        out[i] = {sum.x / static_cast<double>(2 * r + 1), sum.y / static_cast<double>(2 * r + 1)};
    }
    return out;
}

}  // namespace

std::vector<PagePt> river_label_path(const std::vector<PagePt>& line, double tolerance_pt) {
    if (line.size() < 3 || !(tolerance_pt > 0.0) ||
        length_of(line) / static_cast<double>(line.size() - 1) >= tolerance_pt)
        return line;
    // Samples a quarter of the tolerance apart, averaged over four tolerances of the course:
    // the meanders smaller than the letters go, the bends a reader sees stay.
    constexpr std::size_t kRadius = 8;
    // Then one vertex every half tolerance: what is left of a meander is no longer a bend.
    return resampled(averaged(averaged(resampled(line, tolerance_pt / 4.0), kRadius), kRadius),
                     tolerance_pt / 2.0);
}

}  // namespace cm::detail
