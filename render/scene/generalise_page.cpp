#include "render/scene/generalise_page.hpp"

namespace cm::detail {

double generalise_tolerance_pt(const PageSize& page) {
    return page.px_per_pt > 0.0 ? kGeneralisePx / page.px_per_pt : 0.0;
}

namespace {

void add_ends(const PageProjector& to_page, const std::vector<LonLat>& line,
              std::vector<PagePt>& out) {
    if (line.empty())
        return;
    for (const LonLat& end : {line.front(), line.back()})
        if (auto p = to_page.point(end))
            out.push_back(*p);
}

}  // namespace

PageNodes page_nodes(const PageProjector& to_page, const std::vector<SceneBorder>& borders,
                     const Basemap& basemap) {
    std::vector<PagePt> out;
    for (const SceneBorder& b : borders)
        add_ends(to_page, b.line.points, out);
    for (const Basemap::River& r : basemap.rivers)
        for (const auto& part : r.line.lines)
            add_ends(to_page, part, out);
    return PageNodes(std::move(out));
}

void generalise_history(PageMap& map, const PageNodes& nodes) {
    const double tolerance = generalise_tolerance_pt(map.page);
    for (PageArea& t : map.territories)
        generalise_shape(t.shape, nodes, tolerance);
    for (PageBorder& b : map.borders)
        generalise_lines(b.lines, nodes, tolerance);
    for (PageArea& c : map.changes)
        generalise_shape(c.shape, nodes, tolerance);
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
