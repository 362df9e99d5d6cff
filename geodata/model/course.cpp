#include "course.hpp"

namespace cm {

std::string_view to_string(CourseKind kind) {
    switch (kind) {
        case CourseKind::stated:
            return "stated";
        case CourseKind::via:
            return "via";
        case CourseKind::inferred:
            break;
    }
    return "inferred";
}

CourseKind course_kind_of(const Leg& leg) {
    if (leg.certainty == Certainty::exact)
        return CourseKind::stated;
    return leg.via.empty() ? CourseKind::inferred : CourseKind::via;
}

std::vector<std::string> leg_place_ids(const Leg& leg) {
    std::vector<std::string> ids{leg.from};
    ids.insert(ids.end(), leg.via.begin(), leg.via.end());
    ids.push_back(leg.to);
    return ids;
}

const LegCourse* CourseTable::find(const std::string& key) const {
    auto it = courses.find(key);
    return it == courses.end() ? nullptr : &it->second;
}

std::string course_key(const std::vector<std::string>& place_ids, CourseKind kind) {
    std::string key(to_string(kind));
    for (const std::string& id : place_ids)
        key += "\x1f" + id;
    return key;
}

}  // namespace cm
