#pragma once

// A page polyline measured by arc length, for labels that follow a curve.

#include <vector>

#include "render/project/coordinates.hpp"

namespace cm::detail {

class Polyline {
  public:
    /// @p points in order; repeated points are dropped.
    explicit Polyline(const std::vector<PagePt>& points);

    double length() const { return m_cumulative.empty() ? 0.0 : m_cumulative.back(); }

    /// The point at arc length @p s, clamped to the ends.
    PagePt at(double s) const;

    /// Unit direction of the line around @p s: from at(s - half) to at(s + half), so
    /// small wiggles and vertices do not jerk the glyph placed there.
    PagePt direction(double s, double half_window_pt) const;

    /// The sum of absolute turning angles (radians) at the vertices strictly between
    /// arc lengths @p s0 and @p s1.
    double turning(double s0, double s1) const;

    /// The same line run the other way.
    Polyline reversed() const;

    const std::vector<PagePt>& points() const { return m_points; }

  private:
    std::vector<PagePt> m_points;
    std::vector<double> m_cumulative;
};

}  // namespace cm::detail
