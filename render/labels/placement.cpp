#include "placement.hpp"

#include <algorithm>
#include <numeric>

#include "render/labels/candidates.hpp"
#include "render/labels/collision.hpp"
#include "render/labels/layout.hpp"

namespace cm {
namespace {

/// One font map and context per thread: Pango objects must not be shared between
/// threads, and creating them per call would cost more than placing the labels.
const Typesetter& thread_typesetter() {
    thread_local const Typesetter typesetter;
    return typesetter;
}

bool inside(const PageBox& frame, const PageBox& box) {
    return frame.x0 <= box.x0 && box.x1 <= frame.x1 && frame.y0 <= box.y0 && box.y1 <= frame.y1;
}

bool fits(const Candidate& candidate, const PageBox& frame, const CollisionIndex& taken) {
    return std::all_of(candidate.boxes.begin(), candidate.boxes.end(),
                       [&frame](const PageBox& box) { return inside(frame, box); }) &&
           taken.are_free(candidate.boxes);
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

}  // namespace

Placement place_labels(const std::vector<LabelRequest>& requests,
                       const std::vector<PageBox>& obstacles, const PageBox& frame) {
    const Typesetter& typesetter = thread_typesetter();
    CollisionIndex taken(frame);
    for (const PageBox& obstacle : obstacles)
        taken.insert(obstacle);
    keep_symbols_clear(requests, taken);
    Placement result;
    for (const std::size_t i : priority_order(requests)) {
        const LabelRequest& request = requests[i];
        bool placed = false;
        for (Candidate& candidate : candidates_for(request, typesetter)) {
            if (!fits(candidate, frame, taken))
                continue;
            for (const PageBox& box : candidate.boxes)
                taken.insert(box);
            result.placed.push_back({request.id, request.kind, request.font,
                                     std::move(candidate.runs), std::move(candidate.boxes),
                                     std::move(candidate.leader)});
            placed = true;
            break;
        }
        if (!placed)
            result.dropped.push_back(request.id);
    }
    return result;
}

}  // namespace cm
