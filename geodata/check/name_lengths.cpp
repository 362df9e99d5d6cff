// Names that are too long to label (part of check_atlas): a map sets every name it shows,
// and a name of thousands of characters makes a label no one can read and costs the label
// placer far more than a map is worth.

#include <filesystem>

#include "geodata/check/check_atlas.hpp"

namespace cm {
namespace {

std::size_t code_points(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

/// Reports the names of one record that are longer than kMaxNameChars.
struct NameCheck {
    std::string file;
    std::string record;
    ProblemList& problems;

    void name(const std::string& field, const std::string& text) const {
        const std::size_t n = code_points(text);
        if (n > kMaxNameChars)
            problems.push_back({file, record, field,
                                "name of " + std::to_string(n) + " characters, more than " +
                                    std::to_string(kMaxNameChars)});
    }
    void names(const std::string& field, const std::vector<std::string>& texts) const {
        for (const std::string& text : texts)
            name(field, text);
    }
};

std::string in_history(const AtlasFiles& files, const char* name) {
    return (std::filesystem::path(files.history_dir) / name).string();
}

}  // namespace

ProblemList check_name_lengths(const Atlas& atlas, const AtlasFiles& files) {
    ProblemList problems;
    for (const Place& p : atlas.places) {
        const NameCheck check{files.gazetteer, "feature '" + p.id + "'", problems};
        check.name("name", p.name);
        check.names("names", p.names);
    }
    for (const Polity& p : atlas.polities) {
        const NameCheck check{in_history(files, "polities.toml"), "polity '" + p.id + "'",
                              problems};
        check.name("name", p.name);
        check.names("names", p.names);
    }
    for (const War& w : atlas.wars)
        NameCheck{in_history(files, "wars.toml"), "war '" + w.id + "'", problems}.name("name",
                                                                                       w.name);
    for (const Event& e : atlas.events)
        NameCheck{in_history(files, "events.toml"), "event '" + e.id + "'", problems}.name("name",
                                                                                           e.name);
    for (const Campaign& c : atlas.campaigns)
        NameCheck{in_history(files, "campaigns.toml"), "campaign '" + c.id + "'", problems}.name(
            "name", c.name);
    for (const Region& r : atlas.regions)
        NameCheck{in_history(files, "regions.geojson"), "region '" + r.id + "'", problems}.name(
            "name", r.name);
    return problems;
}

}  // namespace cm
