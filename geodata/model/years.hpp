#pragma once

namespace cm {

/// An inclusive range of calendar years (CE). A single year has first == last.
struct YearRange {
    int first = 0;
    int last = 0;

    bool contains(int year) const { return first <= year && year <= last; }
    bool overlaps(const YearRange& o) const { return first <= o.last && o.first <= last; }
    friend bool operator==(const YearRange&, const YearRange&) = default;
};

}  // namespace cm
