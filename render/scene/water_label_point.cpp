#include "render/scene/water_label_point.hpp"

#include <array>

#include "render/project/projecting.hpp"

namespace cm::detail {
namespace {

double area_of(const PageShape& shape) {
    double a = 0.0;
    for (const auto& ring : shape.rings)
        a += ring_area(ring);
    return a;
}

/// The parts of @p map_box above, below, left and right of @p cover.
std::array<PageBox, 4> beside(const PageBox& map_box, const PageBox& cover) {
    return {{{map_box.x0, map_box.y0, map_box.x1, cover.y0},
             {map_box.x0, cover.y1, map_box.x1, map_box.y1},
             {map_box.x0, map_box.y0, cover.x0, map_box.y1},
             {cover.x1, map_box.y0, map_box.x1, map_box.y1}}};
}

}  // namespace

PagePt water_label_point(const PageShape& shape, PagePt at, const PageBox& map_box,
                         const std::vector<PageBox>& furniture) {
    for (const PageBox& cover : furniture) {
        if (cover.width() <= 0.0 || cover.height() <= 0.0 || !cover.contains(at))
            continue;
        double best = 0.0;
        for (const PageBox& part : beside(map_box, cover)) {
            if (part.width() <= 0.0 || part.height() <= 0.0)
                continue;
            const PageShape shown = clip_to_box(shape, part);
            if (const double a = area_of(shown); a > best) {
                best = a;
                at = label_point(shown);
            }
        }
        return at;
    }
    return at;
}

}  // namespace cm::detail
