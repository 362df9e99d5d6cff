#include "atlas.hpp"

#include <algorithm>

namespace cm {
namespace {

template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Place* find_place(const Atlas& atlas, std::string_view id) {
    return find_by_id(atlas.places, id);
}
const Polity* find_polity(const Atlas& atlas, std::string_view id) {
    return find_by_id(atlas.polities, id);
}
const Region* find_region(const Atlas& atlas, std::string_view id) {
    return find_by_id(atlas.regions, id);
}
const War* find_war(const Atlas& atlas, std::string_view id) {
    return find_by_id(atlas.wars, id);
}
const Article* find_article(const Atlas& atlas, std::string_view id) {
    return find_by_id(atlas.articles, id);
}

}  // namespace cm
