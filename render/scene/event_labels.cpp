#include "render/scene/event_labels.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "render/labels/candidate_cache.hpp"
#include "render/labels/candidates.hpp"
#include "render/scene/event_clusters.hpp"

namespace cm {
namespace {

std::string callout_id(const EventCluster& c, const std::vector<PageEvent>& events) {
    std::string id = "event:";
    for (std::size_t k = 0; k < c.members.size(); ++k)
        id += (k ? "+" : "") + events[c.members[k]].event.id;
    return id;
}

std::vector<std::string> callout_lines(const EventCluster& c,
                                       const std::vector<PageEvent>& events) {
    std::vector<std::string> lines;
    if (!c.header.empty())
        lines.push_back(c.header);
    if (c.members.size() == 1 && c.header.empty()) {
        const SceneEvent& e = events[c.members.front()].event;
        const std::string line = event_line(e);  // "1681 Name" read as today's "Name 1681"
        const auto space = line.find(' ');
        lines.push_back(e.name + " " + line.substr(0, space));
        return lines;
    }
    for (const std::size_t i : c.members)
        lines.push_back(event_line(events[i].event));
    return lines;
}

LabelRequest cluster_request(const EventCluster& c, const std::vector<PageEvent>& events,
                             const Style& style, int priority) {
    LabelRequest r;
    r.font = style.fonts.event;
    r.anchor = c.at;
    r.mark = c.mark;
    r.priority = priority;
    if (c.number > 0) {
        r.id = "event-number:" + std::to_string(c.number);
        r.text = std::to_string(c.number);
        r.lines = {r.text};  // set beside the mark as a callout is
        r.font.bold = true;
        r.priority = priority - 1;
        return r;
    }
    r.id = callout_id(c, events);
    r.text = r.id;
    r.lines = callout_lines(c, events);
    return r;
}

/// Numbers the listed clusters 1, 2... by their first event's year; the others get 0.
void number_clusters(std::vector<EventCluster>& clusters, const std::vector<PageEvent>& events,
                     const std::set<std::size_t>& listed) {
    std::vector<std::size_t> order(listed.begin(), listed.end());
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return events[clusters[a].members.front()].event.years.first <
               events[clusters[b].members.front()].event.years.first;
    });
    for (EventCluster& c : clusters)
        c.number = 0;
    for (std::size_t k = 0; k < order.size(); ++k)
        clusters[order[k]].number = static_cast<int>(k) + 1;
}

/// The labels of one pass: the others but the towns the callouts name, then the clusters.
std::vector<LabelRequest> pass_requests(const std::vector<LabelRequest>& others,
                                        const std::vector<EventCluster>& clusters,
                                        const std::vector<PageEvent>& events, const Style& style,
                                        int priority, const std::set<std::string>& headed) {
    std::vector<LabelRequest> out;
    for (const LabelRequest& r : others)
        if (headed.count(r.id) == 0)
            out.push_back(r);
    for (const EventCluster& c : clusters)
        out.push_back(cluster_request(c, events, style, priority));
    return out;
}

/// A number that found no room is drawn at its first candidate inside the frame anyway:
/// without it the list would name a mark no reader can find.
void force_numbers(Placement& placement, const std::vector<LabelRequest>& requests,
                   const PageBox& map_box) {
    for (const LabelRequest& r : requests) {
        if (r.id.rfind("event-number:", 0) != 0 ||
            std::find(placement.dropped.begin(), placement.dropped.end(), r.id) ==
                placement.dropped.end())
            continue;
        std::vector<Candidate> candidates = candidates_for(r, thread_typesetter());
        if (candidates.empty())
            continue;
        auto inside = std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& c) {
            return map_box.contains({c.boxes.front().x0, c.boxes.front().y0}) &&
                   map_box.contains({c.boxes.front().x1, c.boxes.front().y1});
        });
        Candidate& chosen = inside != candidates.end() ? *inside : candidates.front();
        placement.placed.push_back(
            {r.id, r.kind, r.font, std::move(chosen.runs), std::move(chosen.boxes), {}});
        std::erase(placement.dropped, r.id);
    }
}

/// What a pass left without room: clusters to list, towns whose names their callouts carry.
struct Fallbacks {
    std::map<std::string, std::size_t> cluster_of_town;  ///< "place:<id>" to its cluster
    std::set<std::size_t> listed;
    std::set<std::string> headed;
};

/// Lists the clusters whose callouts @p out dropped and heads their callouts with the names of
/// their towns it dropped. @returns whether anything changed (another pass is needed).
bool take_fallbacks(EventLabels& out, Fallbacks& fallbacks, const std::vector<LabelRequest>& others,
                    const std::vector<PageEvent>& events) {
    const std::vector<std::string>& dropped = out.placement.dropped;
    bool changed = false;
    for (std::size_t c = 0; c < out.clusters.size(); ++c)
        if (out.clusters[c].number == 0 &&
            std::count(dropped.begin(), dropped.end(), callout_id(out.clusters[c], events)) > 0)
            changed |= fallbacks.listed.insert(c).second;
    for (const std::string& id : dropped) {
        auto town = fallbacks.cluster_of_town.find(id);
        auto request = std::find_if(others.begin(), others.end(),
                                    [&](const LabelRequest& r) { return r.id == id; });
        if (town == fallbacks.cluster_of_town.end() || request == others.end() ||
            !fallbacks.headed.insert(id).second)
            continue;
        EventCluster& cluster = out.clusters[town->second];
        cluster.header += (cluster.header.empty() ? "" : ", ") + request->text;
        cluster.header_ids.push_back(id);
        changed = true;
    }
    return changed;
}

}  // namespace

std::vector<SceneEvent> events_off_the_page(const std::vector<SceneEvent>& scene_events,
                                            const std::vector<PageEvent>& events) {
    std::vector<SceneEvent> out;
    for (const SceneEvent& e : scene_events)
        if (std::none_of(events.begin(), events.end(),
                         [&](const PageEvent& p) { return p.event.id == e.id; }))
            out.push_back(e);
    return out;
}

std::vector<std::string> event_place_ids(const std::vector<PageEvent>& events) {
    std::vector<std::string> out;
    for (const PageEvent& e : events)
        if (!e.event.place_id.empty())
            out.push_back(e.event.place_id);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

EventLabels place_event_labels(std::vector<LabelRequest> others,
                               const std::vector<PageEvent>& events,
                               const std::vector<PageBox>& obstacles, const EventLabelFrame& frame,
                               const Style& style, std::vector<SceneEvent> beyond,
                               CandidateCache* cache) {
    CandidateCache own;
    CandidateCache& candidates = cache ? *cache : own;
    EventLabels out;
    out.clusters = cluster_events(events, style.symbols.event_mm * kPtPerMm);
    std::erase_if(out.clusters, [&](const EventCluster& c) {
        if (frame.map_box.contains(c.at))
            return false;
        for (const std::size_t i : c.members)
            beyond.push_back(events[i].event);
        return true;
    });
    Fallbacks fallbacks;
    for (std::size_t c = 0; c < out.clusters.size(); ++c)
        for (const std::size_t i : out.clusters[c].members)
            fallbacks.cluster_of_town.emplace("place:" + events[i].event.place_id, c);
    std::vector<PageBox> marked = obstacles;
    for (const EventCluster& c : out.clusters)
        marked.push_back(c.mark);
    // Each pass that changes anything lists one more cluster or heads a callout with one more
    // town, and nothing is ever taken back: after at most that many passes and one more, the
    // last placement is the one of the final list and headers.
    const std::size_t passes = out.clusters.size() + fallbacks.cluster_of_town.size() + 1;
    for (std::size_t pass = 0; pass < passes; ++pass) {
        number_clusters(out.clusters, events, fallbacks.listed);
        out.list = detail::lay_out_event_list(out.clusters, events, beyond, style.fonts.event,
                                              frame.least_list_pt, frame.map_box, frame.furniture,
                                              frame.names);
        std::vector<PageBox> around = marked;
        if (!out.list.lines.empty())
            around.push_back(out.list.box);
        const std::vector<LabelRequest> requests =
            pass_requests(others, out.clusters, events, style, frame.priority, fallbacks.headed);
        out.placement = place_labels(requests, around, frame.map_box, frame.routes, &candidates);
        force_numbers(out.placement, requests, frame.map_box);
        if (!take_fallbacks(out, fallbacks, others, events))
            break;
    }
    return out;
}

}  // namespace cm
