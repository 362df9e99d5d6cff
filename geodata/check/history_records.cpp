// Ids and years of the history records (part of check_history).

#include <filesystem>
#include <variant>

#include "geodata/check/detail/history_checks.hpp"
#include "geodata/check/nearest_id.hpp"

namespace cm::detail {
namespace {

/// Reports problems of one record of one file.
struct RecordCheck {
    const Atlas& atlas;
    std::string file;
    std::string record;
    ProblemList& problems;

    void report(const std::string& field, const std::string& message) const {
        problems.push_back({file, record, field, message});
    }
    void place(const std::string& field, const std::string& id) const {
        const Place* p = find_place(atlas, id);
        if (!p)
            report(field, "unknown place id '" + id + "'" + did_you_mean(id, place_ids()));
    }
    void mapped_place(const std::string& field, const std::string& id) const {
        const Place* p = find_place(atlas, id);
        if (!p)
            report(field, "leg to or from unknown place id '" + id + "' (no geometry to draw)" +
                              did_you_mean(id, place_ids()));
        else if (std::holds_alternative<std::monostate>(p->geometry))
            report(field, "place '" + id + "' has no geometry");
    }
    void polity(const std::string& field, const std::string& id) const {
        if (!find_polity(atlas, id))
            report(field, "unknown polity id '" + id + "'" + did_you_mean(id, polity_ids()));
    }
    std::vector<std::string> place_ids() const {
        std::vector<std::string> ids;
        for (const Place& p : atlas.places)
            ids.push_back(p.id);
        return ids;
    }
    std::vector<std::string> polity_ids() const {
        std::vector<std::string> ids;
        for (const Polity& p : atlas.polities)
            ids.push_back(p.id);
        return ids;
    }
    void years(const std::string& field, const YearRange& y) const {
        if (y.first > y.last)
            report(field, "years out of order (" + std::to_string(y.first) + " after " +
                              std::to_string(y.last) + ")");
    }
};

std::string path_in(const std::string& dir, const char* name) {
    return (std::filesystem::path(dir) / name).string();
}

void check_events(const Atlas& atlas, const std::string& file, ProblemList& problems) {
    for (const Event& e : atlas.events) {
        const RecordCheck check{atlas, file, "event '" + e.id + "'", problems};
        check.place("place", e.place_id);
        for (const auto& side : e.sides)
            check.polity("sides", side);
        for (const auto& s : e.strengths)
            check.polity("strengths", s.side);
        if (!e.victor.empty())
            check.polity("victor", e.victor);
        check.years("years", e.years);
    }
}

void check_campaigns(const Atlas& atlas, const std::string& file, ProblemList& problems) {
    for (const Campaign& c : atlas.campaigns) {
        RecordCheck check{atlas, file, "campaign '" + c.id + "'", problems};
        check.polity("side", c.side);
        for (std::size_t i = 0; i < c.legs.size(); ++i) {
            const Leg& leg = c.legs[i];
            check.record = "campaign '" + c.id + "' leg #" + std::to_string(i + 1);
            check.mapped_place("from", leg.from);
            check.mapped_place("to", leg.to);
            for (const auto& via : leg.via)
                check.mapped_place("via", via);
            if (leg.last_year != 0)
                check.years("years", {leg.year, leg.last_year});
            if (leg.from == leg.to && leg.via.empty())
                check.report("to", "leg starts and ends at '" + leg.to + "'");
        }
    }
}

void check_wars_and_control(const Atlas& atlas, const std::string& dir, ProblemList& problems) {
    for (const War& w : atlas.wars)
        RecordCheck{atlas, path_in(dir, "wars.toml"), "war '" + w.id + "'", problems}.years(
            "years", w.years);
    for (const Control& c : atlas.control) {
        const RecordCheck check{atlas, path_in(dir, "control.toml"),
                                "control '" + c.region_id + " from " + std::to_string(c.from) + "'",
                                problems};
        if (c.polity_id != kUnknownPolity)
            check.polity("polity", c.polity_id);
        if (!find_region(atlas, c.region_id)) {
            std::vector<std::string> ids;
            for (const Region& r : atlas.regions)
                ids.push_back(r.id);
            check.report("region", "unknown region id '" + c.region_id + "'" +
                                       did_you_mean(c.region_id, ids));
        }
    }
}

}  // namespace

void check_history_records(const Atlas& atlas, const std::string& history_dir,
                           ProblemList& problems) {
    check_events(atlas, path_in(history_dir, "events.toml"), problems);
    check_campaigns(atlas, path_in(history_dir, "campaigns.toml"), problems);
    check_wars_and_control(atlas, history_dir, problems);
}

}  // namespace cm::detail
