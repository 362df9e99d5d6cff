#include "placement.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

#include "render/labels/area_fit.hpp"
#include "render/labels/candidate_cache.hpp"
#include "render/labels/candidates.hpp"
#include "render/labels/collision.hpp"
#include "render/labels/layout.hpp"
#include "render/labels/segment_index.hpp"

namespace cm {
namespace {

bool inside(const PageBox& frame, const PageBox& box) {
    return frame.x0 <= box.x0 && box.x1 <= frame.x1 && frame.y0 <= box.y0 && box.y1 <= frame.y1;
}

/// Area labels placed so far, each box with the gap it keeps. Few (a map names some tens of
/// lands and waters), so a list.
struct AreaBox {
    PageBox box;
    double gap_pt;
};

/// Two area names @p gap_pt apart side by side, or twice that one above the other: more than
/// the leading of a stacked name, so that two names never read as one name on two lines.
bool apart(const PageBox& a, const PageBox& b, double gap_pt) {
    const double dx = std::max({0.0, a.x0 - b.x1, b.x0 - a.x1});
    const double dy = std::max({0.0, a.y0 - b.y1, b.y0 - a.y1});
    return dx >= gap_pt || dy >= 2.0 * gap_pt;
}

/// What a candidate must keep to, besides the routes.
struct Rules {
    const PageBox& frame;
    const CollisionIndex& taken;
    const std::vector<AreaBox>& areas;
};

bool keeps_gaps(const Candidate& candidate, double gap_pt, const std::vector<AreaBox>& areas) {
    return std::all_of(candidate.boxes.begin(), candidate.boxes.end(), [&](const PageBox& box) {
        return std::all_of(areas.begin(), areas.end(), [&](const AreaBox& other) {
            return apart(box, other.box, std::max(gap_pt, other.gap_pt));
        });
    });
}

bool fits(const LabelRequest& request, const Candidate& candidate, const Rules& rules,
          const std::optional<AreaFit>& land) {
    const auto& boxes = candidate.boxes;
    return std::all_of(boxes.begin(), boxes.end(),
                       [&](const PageBox& box) { return inside(rules.frame, box); }) &&
           rules.taken.are_free(boxes) &&
           (request.kind != LabelKind::area ||
            keeps_gaps(candidate, detail::area_gap_pt(request.font), rules.areas)) &&
           (!land || std::all_of(boxes.begin(), boxes.end(),
                                 [&](const PageBox& box) { return land->contains(box); }));
}

std::optional<std::size_t> route_crossed(const Candidate& candidate, const SegmentIndex& routes) {
    for (const PageBox& box : candidate.boxes)
        if (auto route = routes.first_hit(box))
            return route;
    return std::nullopt;
}

/// The chosen candidate of one label and the route it crosses, if any.
struct Choice {
    const Candidate* candidate = nullptr;
    std::optional<std::size_t> route;
};

/// The first candidate that fits and crosses no route; else the first that fits.
void choose(const LabelRequest& request, const std::vector<Candidate>& candidates,
            const Rules& rules, const std::optional<AreaFit>& land, const SegmentIndex& routes,
            Choice& choice) {
    for (const Candidate& candidate : candidates) {
        if (!fits(request, candidate, rules, land))
            continue;
        const std::optional<std::size_t> route = route_crossed(candidate, routes);
        if (!route) {
            choice = {&candidate, std::nullopt};
            return;
        }
        if (!choice.candidate)
            choice = {&candidate, route};
    }
}

Choice place_one(CandidateCache::Entry& entry, const Rules& rules, const SegmentIndex& routes) {
    const LabelRequest& request = entry.request();
    Choice choice;
    choose(request, entry.candidates(), rules, entry.land(), routes, choice);
    if (entry.land() && (!choice.candidate || choice.route))
        choose(request, entry.inner_candidates(), rules, entry.land(), routes, choice);
    return choice;
}

std::vector<std::size_t> priority_order(const std::vector<LabelRequest>& requests) {
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&requests](std::size_t a, std::size_t b) {
        return requests[a].priority < requests[b].priority;
    });
    return order;
}

void keep_symbols_clear(const std::vector<LabelRequest>& requests, CollisionIndex& taken) {
    for (const LabelRequest& request : requests) {
        if (request.kind != LabelKind::point || request.clearance_pt <= 0.0)
            continue;
        const double r = request.clearance_pt;
        taken.insert({request.anchor.x - r, request.anchor.y - r, request.anchor.x + r,
                      request.anchor.y + r});
    }
}

SegmentIndex route_index(const std::vector<RouteObstacle>& routes, const PageBox& frame) {
    SegmentIndex index(frame);
    for (std::size_t i = 0; i < routes.size(); ++i)
        index.add(routes[i].line, routes[i].half_width_pt, i);
    return index;
}

}  // namespace

namespace detail {

double area_gap_pt(const LabelFont& font) {
    return 0.5 * cap_height_pt(font);
}

}  // namespace detail

Placement place_labels(const std::vector<LabelRequest>& requests,
                       const std::vector<PageBox>& obstacles, const PageBox& frame,
                       const std::vector<RouteObstacle>& routes, CandidateCache* cache) {
    const Typesetter& typesetter = thread_typesetter();
    CandidateCache own;
    CandidateCache& candidates = cache ? *cache : own;
    CollisionIndex taken(frame);
    for (const PageBox& obstacle : obstacles)
        taken.insert(obstacle);
    keep_symbols_clear(requests, taken);
    const SegmentIndex route_lines = route_index(routes, frame);
    std::vector<AreaBox> areas;
    const Rules rules{frame, taken, areas};
    Placement result;
    for (const std::size_t i : priority_order(requests)) {
        const LabelRequest& request = requests[i];
        const Choice choice = place_one(candidates.entry(request, typesetter), rules, route_lines);
        if (!choice.candidate) {
            result.dropped.push_back(request.id);
            continue;
        }
        const Candidate& candidate = *choice.candidate;
        for (const PageBox& box : candidate.boxes) {
            taken.insert(box);
            if (request.kind == LabelKind::area)
                areas.push_back({box, detail::area_gap_pt(request.font)});
        }
        if (choice.route)
            result.crossings.push_back({request.id, routes[*choice.route].id});
        LabelFont font = request.font;
        if (candidate.letter_spacing_pt)
            font.letter_spacing_pt = *candidate.letter_spacing_pt;
        result.placed.push_back(
            {request.id, request.kind, font, candidate.runs, candidate.boxes, candidate.leader});
    }
    return result;
}

}  // namespace cm
