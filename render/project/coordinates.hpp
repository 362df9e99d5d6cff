#pragma once

// One type per coordinate space; they never convert implicitly.
// LonLat (degrees, geodata/model/geometry.hpp) --projection--> MapXY (metres in the
// projected CRS) --page transform--> PagePt (points, 1/72 inch, origin top-left, y down).

#include <vector>

namespace cm {

/// A position in the projected CRS, metres.
struct MapXY {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const MapXY&, const MapXY&) = default;
};

/// A position on the page in points (1/72 in), origin at the top-left corner, y downwards.
struct PagePt {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const PagePt&, const PagePt&) = default;
};

/// An axis-aligned rectangle on the page, in points.
struct PageBox {
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    bool intersects(const PageBox& o) const {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }
    bool contains(const PagePt& p) const {
        return x0 <= p.x && p.x <= x1 && y0 <= p.y && p.y <= y1;
    }
    friend bool operator==(const PageBox&, const PageBox&) = default;
};

/// A polygon or multipolygon on the page: rings filled with the even-odd rule.
struct PageShape {
    std::vector<std::vector<PagePt>> rings;
};

}  // namespace cm
