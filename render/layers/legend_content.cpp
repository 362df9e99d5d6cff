#include "render/layers/legend_content.hpp"

#include <algorithm>

#include "geodata/model/territory.hpp"
#include "render/language/words.hpp"
#include "render/layers/event_words.hpp"

namespace cm {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

/// Up to this many polities on a map, the legend keys them all.
constexpr std::size_t kEveryPolityKeyed = 6;

void add_once(Pairs& out, const std::string& key, const std::string& name) {
    if (std::none_of(out.begin(), out.end(), [&](const auto& p) { return p.first == key; }))
        out.emplace_back(key, name);
}

template <class T, class Pred>
bool any(const std::vector<T>& items, Pred pred) {
    return std::any_of(items.begin(), items.end(), pred);
}

/// A route's side, and its strength, retreat and inferred course if it has them.
void add_route(LegendContent& c, const SceneRoute& r) {
    add_once(c.sides, r.colour_key, r.side_name);
    c.strength |= r.strength.has_value();
    c.retreat |= r.retreat;
    c.inferred |= r.course_kind == CourseKind::inferred;
}

void add_event_type(LegendContent& c, EventType type) {
    if (std::find(c.events.begin(), c.events.end(), type) == c.events.end())
        c.events.push_back(type);
}

/// Whether @p p lies inside @p shape (even-odd over its rings).
bool shape_contains(const PageShape& shape, PagePt p) {
    bool inside = false;
    for (const auto& ring : shape.rings)
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            if ((ring[i].y > p.y) != (ring[j].y > p.y) &&
                p.x < ring[j].x +
                          (p.y - ring[j].y) * (ring[i].x - ring[j].x) / (ring[i].y - ring[j].y))
                inside = !inside;
    return inside;
}

void add_actor(LegendContent& c, const std::string& key) {
    if (!key.empty() && std::find(c.actors.begin(), c.actors.end(), key) == c.actors.end())
        c.actors.push_back(key);
}

void add_actors(LegendContent& c, const std::vector<PageArea>& territories,
                const std::vector<PageArea>& changes, const std::vector<PageRoute>& routes,
                const std::vector<PageEvent>& events) {
    for (const PageRoute& r : routes)
        add_actor(c, r.route.colour_key);
    for (const PageArea& a : changes) {  // who lost the land and who took it
        add_actor(c, a.former_colour_key);
        add_actor(c, a.colour_key);
    }
    for (const PageEvent& e : events)
        for (const PageArea& t : territories)
            if (t.id != kUnknownPolity && shape_contains(t.shape, e.at))
                add_actor(c, t.colour_key);
}

}  // namespace

void add_year_content(LegendContent& c, const std::vector<PageArea>& territories,
                      const std::vector<PageBorder>& borders, const std::vector<PageArea>& changes,
                      const std::vector<PageRoute>& routes, const std::vector<PageEvent>& events) {
    for (const PageArea& t : territories) {
        if (t.id == kUnknownPolity)
            c.unknown = true;
        else
            add_once(c.polities, t.colour_key, t.name);
    }
    c.border |=
        any(borders, [](const PageBorder& b) { return b.certainty != Certainty::uncertain; });
    c.uncertain_border |=
        any(borders, [](const PageBorder& b) { return b.certainty == Certainty::uncertain; });
    c.changes |= !changes.empty();
    for (const PageRoute& r : routes)
        add_route(c, r.route);
    add_actors(c, territories, changes, routes, events);
    for (const PageEvent& e : events)
        add_event_type(c, e.event.type);
}

void add_basemap_content(LegendContent& c, const PageMap& map) {
    c.towns = !map.settlements.empty();
    c.rivers = any(map.rivers, [](const PageLine& r) {
        return r.stroked && r.opacity > 0.0 && !r.lines.empty();
    });
    c.lakes = !map.lakes.rings.empty() || any(map.water, [](const PageArea& w) {
        return !w.label_only && !w.shape.rings.empty();
    });
}

LegendContent drawn_content(const PageMap& map) {
    LegendContent c;
    c.years_text = map.scene.years_text;
    add_year_content(c, map.territories, map.borders, map.changes, map.routes, map.events);
    for (const std::string& key : map.keyed_neighbours)
        add_actor(c, key);
    add_basemap_content(c, map);
    return c;
}

LegendContent planned_content(const Scene& scene, bool run) {
    LegendContent c;
    c.years_text = run ? std::string() : scene.years_text;
    c.unknown = run || any(scene.territories,
                           [](const SceneTerritory& t) { return t.polity_id == kUnknownPolity; });
    c.border = run || any(scene.borders,
                          [](const SceneBorder& b) { return b.certainty != Certainty::uncertain; });
    c.uncertain_border = run || any(scene.borders, [](const SceneBorder& b) {
                             return b.certainty == Certainty::uncertain;
                         });
    c.changes = run || !scene.changes.empty();
    for (const SceneRoute& r : scene.routes)
        add_route(c, r);
    for (const SceneEvent& e : scene.events)
        add_event_type(c, e.type);
    c.towns = !scene.settlements.empty();
    c.rivers = c.lakes = true;
    return c;
}

std::vector<LegendEntry> legend_entries(const LegendContent& c) {
    using K = LegendEntry::Key;
    std::vector<LegendEntry> out;
    auto add = [&](bool when, K key, std::string text, std::string colour_key = {}) {
        if (when)
            out.push_back({key, std::move(text), std::move(colour_key), EventType::battle});
    };
    // A few polities are all keyed; of many, those the map is about (and the unnamed ones).
    const bool every_polity = c.polities.size() <= kEveryPolityKeyed;
    for (const auto& [key, name] : c.polities)
        add(every_polity || std::count(c.actors.begin(), c.actors.end(), key) > 0, K::polity, name,
            key);
    add(c.unknown, K::unknown, tr("Holder unknown"), kUnknownPolity);
    add(c.border, K::border, tr("Border"));
    add(c.uncertain_border, K::uncertain_border, tr("Border uncertain"));
    add(c.changes, K::change,
        c.years_text.empty() ? tr("Changed hands since the year before")
                             : fill_pattern(tr("Changed hands %s"), c.years_text));
    for (const auto& [key, name] : c.sides)
        add(true, K::side, fill_pattern(tr("Campaign: %s"), name), key);
    add(c.strength, K::strength, tr("Line width: strength"));
    add(c.retreat, K::retreat, tr("Retreat"));
    add(c.inferred, K::inferred, tr("Course inferred"));
    add(c.towns, K::town, tr("Town"));
    add(c.rivers, K::river, tr("River"));
    add(c.lakes, K::lake, tr("Lake"));
    std::vector<EventType> types = c.events;
    std::sort(types.begin(), types.end());
    for (EventType t : types)
        out.push_back({K::event, event_word(t), "", t});
    return out;
}

}  // namespace cm
