// Control timelines and the territories they give (part of check_history).

#include <algorithm>

#include "geodata/check/detail/history_checks.hpp"
#include "geodata/query/control.hpp"

namespace cm::detail {
namespace {

std::string span_text(const YearRange& y) {
    return std::to_string(y.first) + "-" + std::to_string(y.last);
}

std::vector<const Control*> spans_of(const Atlas& atlas, const std::string& region_id) {
    std::vector<const Control*> spans;
    for (const Control& c : atlas.control)
        if (c.region_id == region_id)
            spans.push_back(&c);
    std::stable_sort(spans.begin(), spans.end(),
                     [](const Control* a, const Control* b) { return a->from < b->from; });
    return spans;
}

void check_timeline(const Atlas& atlas, const Region& region, const YearRange& span,
                    const std::string& file, ProblemList& problems) {
    const std::string record = "region '" + region.id + "'";
    const auto spans = spans_of(atlas, region.id);
    if (spans.empty()) {
        problems.push_back({file, record, "",
                            "no control record: nobody holds it in any year (a record with "
                            "polity = \"unknown\" draws it as unknown)"});
        return;
    }
    if (spans.front()->from > span.first)
        problems.push_back({file, record, "from",
                            "nobody holds it in " +
                                span_text({span.first, spans.front()->from - 1}) +
                                ": its first record should be from " + std::to_string(span.first) +
                                " (polity = \"unknown\" if nobody is known)"});
    for (std::size_t i = 1; i < spans.size(); ++i)
        if (spans[i]->from == spans[i - 1]->from)
            problems.push_back({file, record, "from",
                                "two records from " + std::to_string(spans[i]->from) + " ('" +
                                    spans[i - 1]->polity_id + "' and '" + spans[i]->polity_id +
                                    "'): one holder at a time"});
}

}  // namespace

void check_control_timelines(const Atlas& atlas, const std::string& control_file,
                             ProblemList& problems) {
    const YearRange span = history_span(atlas);
    for (const Region& region : atlas.regions)
        check_timeline(atlas, region, span, control_file, problems);
}

}  // namespace cm::detail
