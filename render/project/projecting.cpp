#include "render/project/projecting.hpp"

#include <algorithm>
#include <cmath>

#include "geodata/model/error.hpp"
#include "render/project/densify.hpp"

namespace cm::detail {
namespace {

constexpr double kStepDeg = 0.25;

bool inside(const Bounds& b, const LonLat& p) {
    return b.west <= p.lon && p.lon <= b.east && b.south <= p.lat && p.lat <= b.north;
}

/// Keeps the part of @p ring on the inner side of one edge of a box.
template <typename Inside, typename Cross>
std::vector<PagePt> clip_edge(const std::vector<PagePt>& ring, Inside inside, Cross cross) {
    std::vector<PagePt> out;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const PagePt& a = ring[(i + ring.size() - 1) % ring.size()];
        const PagePt& b = ring[i];
        if (inside(b)) {
            if (!inside(a))
                out.push_back(cross(a, b));
            out.push_back(b);
        } else if (inside(a)) {
            out.push_back(cross(a, b));
        }
    }
    return out;
}

PagePt at_x(const PagePt& a, const PagePt& b, double x) {
    return {x, a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)};
}

PagePt at_y(const PagePt& a, const PagePt& b, double y) {
    return {a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y};
}

}  // namespace

PageShape clip_to_box(const PageShape& shape, const PageBox& box) {
    PageShape out;
    for (std::vector<PagePt> r : shape.rings) {
        using P = const PagePt&;
        r = clip_edge(
            r, [&](P p) { return p.x >= box.x0; }, [&](P a, P b) { return at_x(a, b, box.x0); });
        r = clip_edge(
            r, [&](P p) { return p.x <= box.x1; }, [&](P a, P b) { return at_x(a, b, box.x1); });
        r = clip_edge(
            r, [&](P p) { return p.y >= box.y0; }, [&](P a, P b) { return at_y(a, b, box.y0); });
        r = clip_edge(
            r, [&](P p) { return p.y <= box.y1; }, [&](P a, P b) { return at_y(a, b, box.y1); });
        if (r.size() >= 3)
            out.rings.push_back(std::move(r));
    }
    return out;
}

PageProjector::PageProjector(const Projection& projection, const PageFrame& frame,
                             const Bounds& window)
    : m_projection(projection), m_frame(frame), m_window(window), m_cuts{window} {
    for (const double turn : {-360.0, 360.0}) {
        const Bounds copy{window.west + turn, window.south, window.east + turn, window.north,
                          window.empty};
        if (copy.east > -180.0 && copy.west < 180.0)
            m_cuts.push_back(copy);
    }
}

std::optional<PagePt> PageProjector::point(const LonLat& p) const {
    if (std::none_of(m_cuts.begin(), m_cuts.end(), [&](const Bounds& b) { return inside(b, p); }))
        return std::nullopt;
    try {
        return m_frame.to_page(m_projection.forward(p));
    } catch (const RenderError&) {
        return std::nullopt;
    }
}

std::vector<PagePt> PageProjector::project_all(const std::vector<LonLat>& points) const {
    std::vector<PagePt> out;
    out.reserve(points.size());
    try {
        for (const MapXY& m : m_projection.forward(points))
            out.push_back(m_frame.to_page(m));
    } catch (const RenderError&) {
        out.clear();
        for (const LonLat& p : points)
            if (auto q = point(p))
                out.push_back(*q);
    }
    return out;
}

std::vector<std::vector<PagePt>> PageProjector::line(const std::vector<LonLat>& line) const {
    std::vector<std::vector<PagePt>> out;
    for (const Bounds& cut : m_cuts)
        for (const auto& part : clip_line(line, cut)) {
            auto projected = project_all(densify(part, kStepDeg));
            if (projected.size() >= 2)
                out.push_back(std::move(projected));
        }
    return out;
}

PageShape PageProjector::shape(const PolygonGeometry& g) const {
    PageShape out;
    for (const Bounds& cut : m_cuts)
        for (const Polygon& polygon : clip_polygons(g, cut).polygons)
            for (const Ring& ring : polygon.rings) {
                auto projected = project_all(densify(ring, kStepDeg));
                if (projected.size() >= 3)
                    out.rings.push_back(std::move(projected));
            }
    return out;
}

double ring_area(const std::vector<PagePt>& ring) {
    double a = 0.0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        a += (ring[j].x + ring[i].x) * (ring[j].y - ring[i].y);
    return std::abs(a) / 2.0;
}

PagePt label_point(const PageShape& shape) {
    const std::vector<PagePt>* largest = nullptr;
    double best = -1.0;
    for (const auto& ring : shape.rings)
        if (double a = ring_area(ring); a > best)
            best = a, largest = &ring;
    if (!largest)
        return {};
    PageBox box{largest->front().x, largest->front().y, largest->front().x, largest->front().y};
    for (const PagePt& p : *largest) {
        box.x0 = std::min(box.x0, p.x), box.x1 = std::max(box.x1, p.x);
        box.y0 = std::min(box.y0, p.y), box.y1 = std::max(box.y1, p.y);
    }
    return {(box.x0 + box.x1) / 2.0, (box.y0 + box.y1) / 2.0};
}

}  // namespace cm::detail
