#include "polyline.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace cm::detail {

Polyline::Polyline(const std::vector<PagePt>& points) {
    for (const PagePt& p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            continue;
        if (!m_points.empty() && m_points.back() == p)
            continue;
        const double step =
            m_points.empty() ? 0.0 : std::hypot(p.x - m_points.back().x, p.y - m_points.back().y);
        m_cumulative.push_back(m_cumulative.empty() ? 0.0 : m_cumulative.back() + step);
        m_points.push_back(p);
    }
}

PagePt Polyline::at(double s) const {
    if (m_points.empty())
        return {};
    if (s <= 0.0)
        return m_points.front();
    if (s >= length())
        return m_points.back();
    const auto upper = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), s);
    const auto i = static_cast<std::size_t>(upper - m_cumulative.begin());
    const double span = m_cumulative[i] - m_cumulative[i - 1];
    const double f = (s - m_cumulative[i - 1]) / span;
    const PagePt& a = m_points[i - 1];
    const PagePt& b = m_points[i];
    return {a.x + f * (b.x - a.x), a.y + f * (b.y - a.y)};
}

PagePt Polyline::direction(double s, double half_window_pt) const {
    const PagePt a = at(s - half_window_pt);
    const PagePt b = at(s + half_window_pt);
    const double d = std::hypot(b.x - a.x, b.y - a.y);
    if (d == 0.0)
        return {1.0, 0.0};
    return {(b.x - a.x) / d, (b.y - a.y) / d};
}

double Polyline::turning(double s0, double s1) const {
    double total = 0.0;
    for (std::size_t i = 1; i + 1 < m_points.size(); ++i) {
        if (m_cumulative[i] <= s0 || m_cumulative[i] >= s1)
            continue;
        const PagePt& a = m_points[i - 1];
        const PagePt& b = m_points[i];
        const PagePt& c = m_points[i + 1];
        double turn = std::atan2(c.y - b.y, c.x - b.x) - std::atan2(b.y - a.y, b.x - a.x);
        if (turn > std::numbers::pi)
            turn -= 2.0 * std::numbers::pi;
        if (turn < -std::numbers::pi)
            turn += 2.0 * std::numbers::pi;
        total += std::abs(turn);
    }
    return total;
}

Polyline Polyline::reversed() const {
    std::vector<PagePt> points(m_points.rbegin(), m_points.rend());
    return Polyline(points);
}

}  // namespace cm::detail
