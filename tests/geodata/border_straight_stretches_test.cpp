// Borders follow the land: from the territories of every year of the shipped history, no
// border between two polities runs straight (every vertex within kStraightKm of the chord)
// for more than kLongestStraightKm. A border between two polities is an edge that two
// territories share; the dataset's outer frame bounds one territory only, so it is never one.

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "geodata/io/atlas_loader.hpp"
#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"

namespace {

/// A stretch whose vertices all lie this close to its chord reads as ruled (0.4 mm at 1:5M).
constexpr double kStraightKm = 2.0;
/// The longest straight stretch a border between two polities may have.
constexpr double kLongestStraightKm = 150.0;

using Key = std::pair<double, double>;
using Edge = std::pair<Key, Key>;  // ordered: first < second

Key key_of(const cm::LonLat& p) {
    return {p.lon, p.lat};
}

/// Edges of every territory's rings, with the territories (by index) each belongs to.
std::map<Edge, std::vector<std::size_t>> edges_of(const std::vector<cm::Territory>& ts) {
    std::map<Edge, std::vector<std::size_t>> out;
    for (std::size_t t = 0; t < ts.size(); ++t)
        for (const cm::Polygon& polygon : ts[t].geometry.polygons)
            for (const cm::Ring& ring : polygon.rings)
                for (std::size_t i = 1; i < ring.size(); ++i) {
                    Key a = key_of(ring[i - 1]), b = key_of(ring[i]);
                    if (a == b)
                        continue;
                    if (b < a)
                        std::swap(a, b);
                    auto& owners = out[{a, b}];
                    if (std::find(owners.begin(), owners.end(), t) == owners.end())
                        owners.push_back(t);
                }
    return out;
}

/// Chains @p edges into lines (broken at every node that is not shared by exactly two).
std::vector<std::vector<Key>> chains_of(const std::vector<Edge>& edges) {
    std::map<Key, std::vector<std::size_t>> at;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        at[edges[i].first].push_back(i);
        at[edges[i].second].push_back(i);
    }
    std::vector<bool> used(edges.size(), false);
    std::vector<std::vector<Key>> out;
    for (std::size_t s = 0; s < edges.size(); ++s) {
        if (used[s])
            continue;
        used[s] = true;
        std::vector<Key> line{edges[s].first, edges[s].second};
        for (int direction = 0; direction < 2; ++direction) {
            for (;;) {
                const auto& next = at[line.back()];
                if (next.size() != 2)
                    break;
                const std::size_t e = used[next[0]] ? next[1] : next[0];
                if (used[e])
                    break;
                used[e] = true;
                line.push_back(edges[e].first == line.back() ? edges[e].second : edges[e].first);
            }
            std::reverse(line.begin(), line.end());
        }
        out.push_back(std::move(line));
    }
    return out;
}

struct Km {
    double x, y;
};

Km to_km(const Key& p, double lat0) {
    return {p.first * 111.32 * std::cos(lat0 * M_PI / 180.0), p.second * 110.57};
}

double off_chord_km(const Km& p, const Km& a, const Km& b) {
    const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
    return std::abs((p.x - a.x) * dy - (p.y - a.y) * dx) / len;
}

/// @returns the longest straight stretch of @p line (km) and where it starts.
std::pair<double, Key> longest_straight(const std::vector<Key>& line) {
    std::pair<double, Key> best{0.0, line.front()};
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const double lat0 = line[i].second;
        const Km a = to_km(line[i], lat0);
        for (std::size_t j = i + 1; j < line.size(); ++j) {
            const Km b = to_km(line[j], lat0);
            bool straight = true;
            for (std::size_t k = i + 1; k < j && straight; ++k)
                straight = off_chord_km(to_km(line[k], lat0), a, b) <= kStraightKm;
            if (!straight)
                break;
            if (const double len = std::hypot(b.x - a.x, b.y - a.y); len > best.first)
                best = {len, line[i]};
        }
    }
    return best;
}

}  // namespace

TEST(BorderStraightStretches, NoBorderBetweenTwoPolitiesRunsStraightFor150km) {
    const cm::Atlas atlas = cm::load_atlas(std::string(CM_SOURCE_DIR) + "/geodata");
    const cm::YearRange span = cm::history_span(atlas);
    ASSERT_EQ(span.first, 1623);
    std::map<std::string, int> reported;  // one line per stretch, with its first year
    std::size_t borders_seen = 0;
    for (int year = span.first; year <= span.last; ++year) {
        const std::vector<cm::Territory> ts = cm::territories_in_year(atlas, year);
        std::vector<Edge> shared;
        for (const auto& [edge, owners] : edges_of(ts))
            if (owners.size() > 1)
                shared.push_back(edge);
        ASSERT_FALSE(shared.empty()) << year << ": no two territories share an edge";
        for (const auto& line : chains_of(shared)) {
            ++borders_seen;
            const auto [km, at] = longest_straight(line);
            if (km <= kLongestStraightKm)
                continue;
            std::ostringstream where;
            where.precision(6);
            where << "straight for " << std::lround(km) << " km from lon " << at.first << ", lat "
                  << at.second;
            reported.try_emplace(where.str(), year);
        }
    }
    EXPECT_GT(borders_seen, 0u);
    for (const auto& [where, year] : reported)
        ADD_FAILURE() << "border " << where << " (first in " << year << ")";
}
