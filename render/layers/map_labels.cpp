#include <algorithm>

#include "render/layers/layers.hpp"

namespace cm {
namespace {

bool holds(const std::vector<PageArea>& areas, const std::string& id) {
    return std::any_of(areas.begin(), areas.end(), [&](const PageArea& a) { return a.id == id; });
}

/// The kind of feature a label names, from the prefix of its id ("place:", "river:",
/// "event:", "area:") and, for an area, the layer that holds it.
std::string kind_of(const PageMap& map, const std::string& label_id) {
    const auto colon = label_id.find(':');
    const std::string prefix = label_id.substr(0, colon);
    if (prefix != "area")
        return prefix;
    const std::string id = colon == std::string::npos ? "" : label_id.substr(colon + 1);
    if (holds(map.territories, id))
        return "polity";
    if (holds(map.water, id))
        return "water";
    return "region";
}

}  // namespace

void draw_map_labels(Canvas& cr, const PageMap& map, const Style& /*style*/) {
    LabelSet set;
    set.labels = map.labels;
    for (const PlacedLabel& label : map.labels)
        set.kinds.push_back(kind_of(map, label.id));
    cr.labels(std::move(set));
}

}  // namespace cm
