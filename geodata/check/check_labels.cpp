#include <algorithm>
#include <filesystem>

#include "geodata/check/check_atlas.hpp"

namespace cm {
namespace {

template <typename Record>
bool has_id(const std::vector<Record>& records, const std::string& id) {
    return std::any_of(records.begin(), records.end(), [&](const Record& r) { return r.id == id; });
}

bool names_a_record(const Atlas& atlas, const LabelRecord& label) {
    switch (label.kind) {
        case NamedKind::place:
            return has_id(atlas.places, label.id);
        case NamedKind::polity:
            return has_id(atlas.polities, label.id);
        case NamedKind::region:
            return has_id(atlas.regions, label.id);
        case NamedKind::event:
            return has_id(atlas.events, label.id);
        case NamedKind::war:
            return has_id(atlas.wars, label.id);
    }
    return false;
}

}  // namespace

std::string labels_file(const AtlasFiles& files) {
    return (std::filesystem::path(files.gazetteer).parent_path() / "labels.toml").string();
}

ProblemList check_labels(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList out;
    for (const LabelRecord& label : atlas.labels)
        if (!names_a_record(atlas, label))
            out.push_back({labels_file(files),
                           "label '" + std::string(to_string(label.kind)) + ":" + label.id + "'",
                           "id", "no " + std::string(to_string(label.kind)) + " has this id"});
    return out;
}

}  // namespace cm
