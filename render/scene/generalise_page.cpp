#include "render/scene/generalise_page.hpp"

namespace cm::detail {

double generalise_tolerance_pt(const PageSize& page) {
    return page.px_per_pt > 0.0 ? kGeneralisePx / page.px_per_pt : 0.0;
}

PageNodes page_nodes(const PageProjector& to_page, const std::vector<SceneBorder>& borders) {
    std::vector<PagePt> out;
    for (const SceneBorder& b : borders) {
        if (b.line.points.empty())
            continue;
        for (const LonLat& end : {b.line.points.front(), b.line.points.back()})
            if (auto p = to_page.point(end))
                out.push_back(*p);
    }
    return PageNodes(std::move(out));
}

void generalise_lines(std::vector<std::vector<PagePt>>& lines, const PageNodes& nodes,
                      double tolerance_pt) {
    for (auto& line : lines)
        line = generalise_line(line, nodes, tolerance_pt);
}

void generalise_shape(PageShape& shape, const PageNodes& nodes, double tolerance_pt) {
    for (auto& ring : shape.rings)
        ring = generalise_ring(ring, nodes, tolerance_pt);
    std::erase_if(shape.rings, [](const auto& ring) { return ring.empty(); });
}

}  // namespace cm::detail
