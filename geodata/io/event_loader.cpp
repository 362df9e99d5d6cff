// Events and campaigns of a history directory (declared in history_loader.hpp).

#include "geodata/io/detail/toml_record.hpp"
#include "geodata/io/history_loader.hpp"

namespace cm {
namespace {

using detail::read_records;
using detail::TomlRecord;

Strength read_strength(const toml::table& table, const TomlRecord& event, std::size_t index) {
    TomlRecord r(table, event.file(), event.record() + " strength", index);
    Strength s;
    s.side = r.text("side");
    const auto count = r.optional_count("count");
    if (!count)
        r.fail("count", "missing");
    s.count = *count;
    s.counts = r.text("counts");
    r.finish();
    return s;
}

EventType event_type(TomlRecord& r) {
    const std::string value = r.text("type");
    const auto type = event_type_from_string(value);
    if (!type)
        r.fail("type", "unknown event type '" + value +
                           "' (battle, siege, capture, revolt, death, treaty, submission, "
                           "campaign, assembly, migration)");
    return *type;
}

Event read_event(TomlRecord& r) {
    Event e;
    e.id = r.text("id");
    r.name_after(e.id);
    e.name = r.text("name");
    e.type = event_type(r);
    e.years = *r.years(true);
    e.place_id = r.text("place");
    e.sides = r.texts("sides");
    e.commanders = r.texts("commanders");
    const auto strengths = r.tables("strengths");
    for (std::size_t i = 0; i < strengths.size(); ++i)
        e.strengths.push_back(read_strength(*strengths[i], r, i));
    if (!e.strengths.empty()) {
        e.strength = e.strengths.front().count;
        e.strength_note = e.strengths.front().counts;
    }
    e.victor = r.optional_text("victor");
    e.outcome = r.text("outcome");
    e.certainty = r.certainty("certainty");
    e.note = r.optional_text("note");
    if (e.certainty == Certainty::uncertain && e.note.empty())
        r.fail("note", "an uncertain event needs a note saying why");
    e.source = r.text("source");
    return e;
}

Leg read_leg(const toml::table& table, const TomlRecord& campaign, std::size_t index) {
    TomlRecord r(table, campaign.file(), campaign.record() + " leg", index);
    Leg leg;
    leg.from = r.text("from");
    leg.to = r.text("to");
    leg.via = r.texts("via");
    const YearRange years = *r.years(true);
    leg.year = years.first;
    leg.last_year = years.last == years.first ? 0 : years.last;
    leg.retreat = r.flag("retreat");
    leg.certainty = r.certainty("certainty");
    r.finish();
    return leg;
}

Campaign read_campaign(TomlRecord& r) {
    Campaign c;
    c.id = r.text("id");
    r.name_after(c.id);
    c.name = r.text("name");
    c.side = r.text("side");
    c.commanders = r.texts("commanders");
    c.strength = r.optional_count("strength");
    const auto legs = r.tables("leg");
    if (legs.empty())
        r.fail("leg", "a campaign needs at least one [[campaign.leg]]");
    for (std::size_t i = 0; i < legs.size(); ++i)
        c.legs.push_back(read_leg(*legs[i], r, i));
    c.note = r.optional_text("note");
    c.source = r.text("source");
    return c;
}

}  // namespace

std::vector<Event> load_events(const std::string& path) {
    return read_records<Event>(path, "event", read_event);
}

std::vector<Campaign> load_campaigns(const std::string& path) {
    return read_records<Campaign>(path, "campaign", read_campaign);
}

}  // namespace cm
