#include "render/scene/event_clusters.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cm {
namespace {

constexpr double kSymbolSpacing = 1.15;  ///< symbol centres apart, in symbol sizes
constexpr double kRowLiftSymbols = 0.3;  ///< a row's gap above its place, in symbol sizes
constexpr std::size_t kOneRowMax = 5;    ///< more symbols than this stand in several rows
constexpr double kDotSymbols = 0.15;     ///< radius of a row's place dot, in symbol sizes

std::size_t root_of(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

/// Per event, the index of its cluster's first event.
std::vector<std::size_t> cluster_roots(const std::vector<PageEvent>& events, double symbol_pt) {
    std::vector<std::size_t> parent(events.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    for (std::size_t i = 0; i < events.size(); ++i)
        for (std::size_t j = i + 1; j < events.size(); ++j) {
            const double d =
                std::hypot(events[i].at.x - events[j].at.x, events[i].at.y - events[j].at.y);
            if (d >= symbol_pt)
                continue;
            const std::size_t a = root_of(parent, i), b = root_of(parent, j);
            parent[std::max(a, b)] = std::min(a, b);
        }
    for (std::size_t i = 0; i < events.size(); ++i)
        parent[i] = root_of(parent, i);
    return parent;
}

/// Symbols per row: up to five in one row, a more compact block beyond.
std::size_t columns_for(std::size_t count) {
    if (count <= kOneRowMax)
        return count;
    return static_cast<std::size_t>(std::ceil(std::sqrt(2.0 * static_cast<double>(count))));
}

/// A lone event's symbol stands on its place; several stand in a row (or rows) just above theirs,
/// each place marked by a dot tied to the row, so that a town's own dot stays clear.
void lay_out_symbols(EventCluster& cluster, const std::vector<PageEvent>& events,
                     double symbol_pt) {
    PagePt mean{0.0, 0.0};
    for (const std::size_t i : cluster.members) {
        mean.x += events[i].at.x;
        mean.y += events[i].at.y;
    }
    const double n = static_cast<double>(cluster.members.size());
    cluster.at = {mean.x / n, mean.y / n};
    const double r = symbol_pt / 2.0, step = symbol_pt * kSymbolSpacing;
    const std::size_t columns = columns_for(cluster.members.size());
    const std::size_t rows = (cluster.members.size() + columns - 1) / columns;
    const double bottom_y = n > 1.0 ? cluster.at.y - r - symbol_pt * kRowLiftSymbols : cluster.at.y;
    const double top_y = bottom_y - step * static_cast<double>(rows - 1);
    const double first = cluster.at.x - step * (static_cast<double>(columns) - 1.0) / 2.0;
    cluster.symbols.clear();
    for (std::size_t k = 0; k < cluster.members.size(); ++k)
        cluster.symbols.push_back({first + step * static_cast<double>(k % columns),
                                   top_y + step * static_cast<double>(k / columns)});
    cluster.mark = {first - r, top_y - r, first + step * (static_cast<double>(columns) - 1.0) + r,
                    bottom_y + r};
    if (n > 1.0)
        for (const std::size_t i : cluster.members) {  // the row is tied to every place below
            const PagePt p = events[i].at;
            const double d = symbol_pt * kDotSymbols;
            cluster.mark = {std::min(cluster.mark.x0, p.x - d), cluster.mark.y0,
                            std::max(cluster.mark.x1, p.x + d), std::max(cluster.mark.y1, p.y + d)};
        }
}

void sort_in_time(EventCluster& cluster, const std::vector<PageEvent>& events) {
    std::stable_sort(cluster.members.begin(), cluster.members.end(),
                     [&events](std::size_t a, std::size_t b) {
                         const YearRange& ya = events[a].event.years;
                         const YearRange& yb = events[b].event.years;
                         return ya.first != yb.first ? ya.first < yb.first : ya.last < yb.last;
                     });
}

/// Merges two clusters whose marks overlap, once. @returns whether it did.
bool merge_overlapping(std::vector<EventCluster>& clusters, const std::vector<PageEvent>& events,
                       double symbol_pt) {
    for (std::size_t i = 0; i < clusters.size(); ++i)
        for (std::size_t j = i + 1; j < clusters.size(); ++j) {
            if (!clusters[i].mark.intersects(clusters[j].mark))
                continue;
            std::vector<std::size_t>& into = clusters[i].members;
            into.insert(into.end(), clusters[j].members.begin(), clusters[j].members.end());
            std::sort(into.begin(), into.end());
            sort_in_time(clusters[i], events);
            lay_out_symbols(clusters[i], events, symbol_pt);
            clusters.erase(clusters.begin() + static_cast<std::ptrdiff_t>(j));
            return true;
        }
    return false;
}

}  // namespace

std::vector<EventCluster> cluster_events(const std::vector<PageEvent>& events, double symbol_pt) {
    const std::vector<std::size_t> roots = cluster_roots(events, symbol_pt);
    std::vector<EventCluster> clusters;
    std::vector<std::size_t> slot(events.size(), events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (slot[roots[i]] == events.size()) {
            slot[roots[i]] = clusters.size();
            clusters.emplace_back();
        }
        clusters[slot[roots[i]]].members.push_back(i);
    }
    for (EventCluster& cluster : clusters) {
        sort_in_time(cluster, events);
        lay_out_symbols(cluster, events, symbol_pt);
    }
    while (merge_overlapping(clusters, events, symbol_pt)) {
    }
    return clusters;
}

std::string event_line(const SceneEvent& event) {
    const YearRange& y = event.years;
    const std::string years = y.first == y.last
                                  ? std::to_string(y.first)
                                  : std::to_string(y.first) + "\u2013" + std::to_string(y.last);
    return years + " " + event.name;
}

}  // namespace cm
