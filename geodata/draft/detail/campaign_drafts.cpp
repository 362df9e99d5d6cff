#include "geodata/draft/detail/campaign_drafts.hpp"

#include "geodata/model/record_id.hpp"

namespace cm::draft::detail {
namespace {

std::string who(const DraftEvent& e) {
    if (!e.sides.empty())
        return e.sides.front();
    return e.commanders.empty() ? "" : e.commanders.front();
}

bool same_run(const Movement& a, const Movement& b) {
    return a.event.where.article == b.event.where.article &&
           a.event.where.section == b.event.where.section && who(a.event) == who(b.event);
}

DraftCampaign campaign_of(const std::vector<Movement>& run, std::map<std::string, int>& used) {
    const DraftEvent& first = run.front().event;
    DraftCampaign c;
    c.side = first.sides.empty() ? "" : first.sides.front();
    c.commanders = first.commanders;
    c.where = first.where;
    std::string last;
    for (const Movement& m : run)
        for (const std::string& place : m.places) {
            if (!last.empty() && place != last)
                c.legs.push_back({last, place, m.event.year});
            last = place;
        }
    const std::string base = "campaign-" + (c.side.empty() ? std::string("draft") : c.side) + "-" +
                             std::to_string(first.year);
    c.id = unique_id(base, used);
    const std::string by = c.commanders.empty() ? c.side : c.commanders.front();
    c.name = (by.empty() ? "Movement" : by + "'s campaign") + " of " + std::to_string(first.year);
    return c;
}

}  // namespace

void add_campaigns(const std::vector<Movement>& movements, std::vector<DraftCampaign>& out,
                   std::map<std::string, int>& used) {
    for (std::size_t i = 0; i < movements.size();) {
        std::size_t end = i + 1;
        while (end < movements.size() && same_run(movements[i], movements[end]))
            ++end;
        DraftCampaign c = campaign_of(
            {movements.begin() + static_cast<long>(i), movements.begin() + static_cast<long>(end)},
            used);
        if (!c.legs.empty())
            out.push_back(std::move(c));
        i = end;
    }
}

}  // namespace cm::draft::detail
