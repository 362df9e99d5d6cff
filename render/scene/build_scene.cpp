#include "render/scene/build_scene.hpp"

#include <algorithm>

#include "geodata/model/error.hpp"
#include "render/language/words.hpp"
#include "render/scene/scene_sources.hpp"
#include "render/scene/scene_territories.hpp"

namespace cm {
namespace {

std::string years_text(const YearRange& years) {
    if (years.first == years.last)
        return std::to_string(years.first);
    return std::to_string(years.first) + "\u2013" + std::to_string(years.last);
}

/// The region's name in @p pattern with @p years ("Central Asia, 1623–1697").
std::string region_title(const Atlas& atlas, const std::string& pattern, const std::string& years) {
    const std::string region = atlas.region.empty() ? tr("Campaigns") : atlas.region;
    return fill_pattern(fill_pattern(pattern, region), years);
}

/// A war's map or animation is titled with the war's name, a year map with the name of the war
/// it falls in; any other span with the dataset's region and the years.
void set_title(const Atlas& atlas, const MapSpec& spec, Scene& scene) {
    const War* war = find_war(atlas, spec.war_id);
    for (const War& w : atlas.wars)
        if (!war && w.years == spec.years)
            war = &w;
    if (war) {
        scene.title = war->name;
        if (war->name.find(scene.years_text) != std::string::npos)
            scene.title_years = scene.years_text;
        return;
    }
    if (!spec.is_war_map())
        for (const War& w : atlas.wars)
            if (w.years.contains(spec.years.first)) {
                scene.title = w.name;
                return;
            }
    // TRANSLATORS: a map of a span of years: the region's name, then the years.
    scene.title = spec.is_war_map() ? region_title(atlas, tr("%s, %s"), scene.years_text)
                                    // TRANSLATORS: a map of one year: the region, then the year.
                                    : region_title(atlas, tr("%s in %s"), scene.years_text);
    scene.title_years = scene.years_text;
}

/// The credits name articles by their titles; one the dataset gives no title is named by its id.
void title_sources(const Atlas& atlas, std::vector<std::string>& ids) {
    for (std::string& id : ids)
        if (const Article* article = find_article(atlas, id))
            id = article->title;
}

int river_rank(const Place& river) {
    const Bounds b = bounds_of(river.geometry);
    const double span = std::max(b.east - b.west, b.north - b.south);
    return span > 8.0 ? 0 : span > 4.0 ? 1 : span > 1.5 ? 2 : 3;
}

void add_features(const Atlas& atlas, Scene& scene) {
    for (const Place& place : atlas.places) {
        SceneFeature f{place.id, place.name, place.type, place.geometry, 1};
        if (place.type == PlaceType::river) {
            f.rank = river_rank(place);
            f.basemap_course = place.course == "natural-earth";
        }
        if (place.type == PlaceType::settlement) {
            scene.settlements.push_back(std::move(f));
        } else if (place.type != PlaceType::battlefield && place.type != PlaceType::country) {
            scene.features.push_back(std::move(f));
        }
    }
}

void add_events(const Atlas& atlas, const YearRange& years, Scene& scene) {
    for (const Event& e : atlas.events) {
        if (!e.years.overlaps(years) || e.type == EventType::campaign)
            continue;
        const Place* place = find_place(atlas, e.place_id);
        if (!place)
            continue;
        const Polity* victor = find_polity(atlas, e.victor);
        scene.events.push_back(SceneEvent{e.id, e.name, e.type, e.years, place->id, place->name,
                                          anchor_of(place->geometry),
                                          victor ? victor->colour_key : ""});
        scene.involved.extend(bounds_of(place->geometry));
        detail::add_source(scene.sources, scene.references, e.source);
    }
}

SceneRoute route_of(const Atlas& atlas, const Campaign& c, const Leg& leg, int index) {
    SceneRoute r;
    r.campaign_id = c.id;
    r.campaign_name = c.name;
    r.leg = index;
    r.side = c.side;
    const Polity* side = find_polity(atlas, c.side);
    r.side_name = side ? side->name : c.side;
    r.colour_key = side ? side->colour_key : c.side;
    r.strength = c.strength;
    r.retreat = leg.retreat;
    r.year = leg.year;
    r.course_kind = course_kind_of(leg);
    for (const std::string& id : leg_place_ids(leg)) {
        const Place* place = find_place(atlas, id);
        if (!place)
            continue;
        r.waypoints.push_back(anchor_of(place->geometry));
        r.place_ids.push_back(id);
    }
    return r;
}

void add_routes(const Atlas& atlas, const YearRange& years, Scene& scene) {
    for (const Campaign& c : atlas.campaigns) {
        for (std::size_t i = 0; i < c.legs.size(); ++i) {
            const Leg& leg = c.legs[i];
            if (!years.overlaps({leg.year, std::max(leg.year, leg.last_year)}))
                continue;
            SceneRoute r = route_of(atlas, c, c.legs[i], static_cast<int>(i));
            if (r.waypoints.size() < 2)
                continue;
            for (const LonLat& p : r.waypoints)
                scene.involved.extend(p);
            scene.routes.push_back(std::move(r));
            detail::add_source(scene.sources, scene.references, c.source);
        }
    }
}

void check_years(const Atlas& atlas, const YearRange& years) {
    if (years.first > years.last)
        throw UsageError("years " + std::to_string(years.first) + " to " +
                         std::to_string(years.last) + ": the first is after the last");
    if (years.first < -3000 || years.last > 2100)
        throw UsageError("year " + std::to_string(years.first) + ": outside -3000..2100");
    (void)atlas;
}

/// Where a map with no event and no leg looks: its territories, else every place.
void add_fallback_involvement(const Atlas& atlas, Scene& scene) {
    if (scene.involved.empty)
        for (const SceneTerritory& t : scene.territories)
            scene.involved.extend(bounds_of(t.geometry));
    if (scene.involved.empty)
        for (const Place& p : atlas.places)
            scene.involved.extend(bounds_of(p.geometry));
}

}  // namespace

Scene build_scene(const Atlas& atlas, const MapSpec& spec, RegionUnions* unions) {
    check_years(atlas, spec.years);
    Scene scene;
    scene.years = spec.years;
    scene.years_text = years_text(spec.years);
    set_title(atlas, spec, scene);
    scene.territories = detail::scene_territories(atlas, spec.years.last, unions);
    scene.borders = detail::scene_borders(atlas, spec.years.last);
    if (spec.is_war_map())
        scene.changes = detail::scene_changes(atlas, detail::changes_baseline(atlas, spec.years),
                                              spec.years.last);
    for (const Control& c : atlas.control)
        if (c.years.contains(spec.years.last))
            detail::add_source(scene.sources, scene.references, c.source);
    add_features(atlas, scene);
    add_events(atlas, spec.years, scene);
    add_routes(atlas, spec.years, scene);
    title_sources(atlas, scene.sources);
    add_fallback_involvement(atlas, scene);
    return scene;
}

Bounds involved_in(const Atlas& atlas, const MapSpec& spec) {
    check_years(atlas, spec.years);
    Scene scene;
    add_events(atlas, spec.years, scene);
    add_routes(atlas, spec.years, scene);
    if (scene.involved.empty)
        scene.territories = detail::scene_territories(atlas, spec.years.last);
    add_fallback_involvement(atlas, scene);
    return scene.involved;
}

}  // namespace cm
