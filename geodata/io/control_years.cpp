// The years each control record holds (declared in history_loader.hpp).

#include <algorithm>
#include <map>
#include <vector>

#include "geodata/io/history_loader.hpp"

namespace cm {

int history_end(const Atlas& atlas) {
    int last = 0;
    for (const War& w : atlas.wars)
        last = std::max(last, w.years.last);
    for (const Event& e : atlas.events)
        last = std::max(last, e.years.last);
    for (const Campaign& c : atlas.campaigns)
        for (const Leg& l : c.legs)
            last = std::max({last, l.year, l.last_year});
    for (const Control& c : atlas.control)
        last = std::max(last, c.from);
    return last;
}

void set_control_years(Atlas& atlas) {
    const int end = history_end(atlas);
    std::map<std::string, std::vector<Control*>> by_region;
    for (Control& c : atlas.control)
        by_region[c.region_id].push_back(&c);
    for (auto& [region, records] : by_region) {
        std::stable_sort(records.begin(), records.end(),
                         [](const Control* a, const Control* b) { return a->from < b->from; });
        for (std::size_t i = 0; i < records.size(); ++i) {
            const int next = i + 1 < records.size() ? records[i + 1]->from : end + 1;
            records[i]->years = {records[i]->from, std::max(records[i]->from, next - 1)};
        }
    }
}

}  // namespace cm
