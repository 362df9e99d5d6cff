#include "render/layers/relief_no_data.hpp"

#include <cmath>
#include <cstddef>
#include <vector>

namespace cm::relief {
namespace {

/// The four neighbours of a cell: steps along rows and columns, so that the nearest cell in
/// steps is the nearest by distance along them (a diagonal neighbour is two steps away).
constexpr int kSteps[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

/// The finite cells next to a cell that is not: where the filling starts.
std::vector<std::size_t> frontier(const HeightRaster& r, const std::vector<unsigned char>& known) {
    std::vector<std::size_t> out;
    for (int j = 0; j < r.height; ++j)
        for (int i = 0; i < r.width; ++i) {
            const std::size_t at = static_cast<std::size_t>(j) * r.width + i;
            if (!known[at])
                continue;
            bool edge = false;
            for (const auto& step : kSteps) {
                const int x = i + step[0], y = j + step[1];
                edge = edge || (x >= 0 && y >= 0 && x < r.width && y < r.height &&
                                !known[static_cast<std::size_t>(y) * r.width + x]);
            }
            if (edge)
                out.push_back(at);
        }
    return out;
}

/// Breadth first from @p queue: each unknown cell takes the height of the cell it was
/// reached from, so every cell ends with the height of a nearest finite one.
void spread(HeightRaster& r, std::vector<unsigned char>& known, std::vector<std::size_t> queue) {
    for (std::size_t next = 0; next < queue.size(); ++next) {
        const std::size_t at = queue[next];
        const int i = static_cast<int>(at % static_cast<std::size_t>(r.width));
        const int j = static_cast<int>(at / static_cast<std::size_t>(r.width));
        for (const auto& step : kSteps) {
            const int x = i + step[0], y = j + step[1];
            if (x < 0 || y < 0 || x >= r.width || y >= r.height)
                continue;
            const std::size_t to = static_cast<std::size_t>(y) * r.width + x;
            if (known[to])
                continue;
            known[to] = 1;
            r.metres[to] = r.metres[at];
            queue.push_back(to);
        }
    }
}

}  // namespace

FilledRaster fill_no_data(const HeightRaster& coarse) {
    FilledRaster out;
    out.heights = coarse;
    std::vector<unsigned char> known(coarse.metres.size());
    std::size_t count = 0;
    for (std::size_t k = 0; k < coarse.metres.size(); ++k) {
        known[k] = std::isfinite(coarse.metres[k]) ? 1 : 0;
        count += known[k];
    }
    out.complete = count == coarse.metres.size();
    out.empty = count == 0;
    if (out.complete || out.empty)
        return out;
    out.valid = {coarse.width, coarse.height, std::vector<float>(coarse.metres.size())};
    for (std::size_t k = 0; k < known.size(); ++k)
        out.valid.metres[k] = known[k];
    spread(out.heights, known, frontier(coarse, known));
    return out;
}

}  // namespace cm::relief
