#pragma once

// A tiny atlas for the renderer's tests: two polities sharing a square of four regions, one
// of which changes hands in 1001, three towns, a river into a lake, a battle and a campaign
// of two legs (one a retreat) with a stated strength. Not history: test geometry only.

#include <string>

#include "geodata/model/atlas.hpp"
#include "render/model/map_spec.hpp"
#include "tests/border_fixture.hpp"

namespace cm::test {

inline Polygon square(double w, double s, double e, double n) {
    return Polygon{{{{w, s}, {e, s}, {e, n}, {w, n}, {w, s}}}};
}

inline Place point_place(const std::string& id, const std::string& name, LonLat at) {
    Place p;
    p.id = id, p.name = name, p.names = {name}, p.type = PlaceType::settlement;
    p.geometry = PointGeometry{at};
    return p;
}

inline Atlas fixture_atlas() {
    Atlas a;
    a.places = {point_place("westtown", "Westtown", {61.0, 41.0}),
                point_place("easttown", "Easttown", {68.5, 44.0}),
                point_place("ayagoz", "Ayagöz", {64.5, 46.5})};
    Place river;
    river.id = "blue-river", river.name = "Blue River", river.type = PlaceType::river;
    river.geometry = LineGeometry{{{60.5, 47.5}, {62.0, 46.0}, {64.0, 44.5}, {66.0, 43.0}}};
    Place lake;
    lake.id = "round-lake", lake.name = "Round Lake", lake.type = PlaceType::lake;
    lake.geometry = PolygonGeometry{{square(66.0, 42.2, 67.2, 43.0)}};
    a.places.push_back(river);
    a.places.push_back(lake);
    a.polities = {{"west", "West Khanate", {}, "kazakh", ""},
                  {"east", "East Khanate", {}, "dzungar", ""}};
    a.wars = {{"test-war", "Test War", {1000, 1002}, "test-article, Course", std::nullopt}};
    for (int i = 0; i < 4; ++i) {
        const double w = 59.0 + 3.0 * (i % 2) * 2.0, s = 40.0 + 4.0 * (i / 2);
        a.regions.push_back({"r" + std::to_string(i),
                             "Region " + std::to_string(i),
                             PolygonGeometry{{square(w, s, w + 6.0, s + 4.0)}},
                             "",
                             "",
                             {}});
    }
    a.control = {
        {"r0", "west", 990, {990, 1010}, Certainty::exact, "", "test-article, Course"},
        {"r2", "west", 990, {990, 1010}, Certainty::exact, "", "test-article, Course"},
        {"r1", "east", 990, {990, 1010}, Certainty::exact, "", "test-article, Course"},
        {"r3", "west", 990, {990, 1000}, Certainty::exact, "", "test-article, Course"},
        {"r3", "east", 1001, {1001, 1010}, Certainty::uncertain, "", "test-article, Course"}};
    Event battle;
    battle.id = "battle-of-easttown", battle.name = "Battle of Easttown";
    battle.type = EventType::battle, battle.years = {1001, 1001}, battle.place_id = "easttown";
    battle.sides = {"east", "west"}, battle.victor = "east", battle.source = "test-article, Course";
    a.events = {battle};
    Campaign c;
    c.id = "east-raid", c.name = "East raid", c.side = "east", c.strength = 3000;
    c.source = "test-article, Course";
    c.legs = {{"easttown", "westtown", {"ayagoz"}, 1001, 0, false, Certainty::approximate},
              {"westtown", "easttown", {}, 1001, 0, true, Certainty::approximate}};
    a.campaigns = {c};
    borders_from_regions(a);
    return a;
}

}  // namespace cm::test
