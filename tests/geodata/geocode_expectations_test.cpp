// Driver for tests/fixtures/geocode/expectations.tsv: each line is a text of our own, the
// place ids it must resolve to (in order) and the unresolved candidates it must report.

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "geodata/geocode/geocoder.hpp"
#include "geodata/geocode/not_places.hpp"
#include "geodata/io/gazetteer_loader.hpp"

namespace {

const std::string kFixtures = std::string(CM_TEST_FIXTURES) + "/geocode";

struct Expectation {
    int line = 0;
    std::string text;
    std::string resolved;
    std::string unresolved;
};

std::vector<Expectation> read_expectations() {
    std::ifstream in(kFixtures + "/expectations.tsv");
    std::vector<Expectation> out;
    std::string row;
    for (int n = 1; std::getline(in, row); ++n) {
        if (row.empty() || row[0] == '#')
            continue;
        std::istringstream fields(row);
        Expectation e{n, {}, {}, {}};
        std::getline(fields, e.text, '\t');
        std::getline(fields, e.resolved, '\t');
        std::getline(fields, e.unresolved, '\t');
        out.push_back(e);
    }
    return out;
}

/// The ids resolved in @p text, in text order, space separated ("-" for none).
std::string resolved_ids(const cm::geocode::Geocoding& g) {
    std::vector<std::pair<std::size_t, std::string>> hits;
    for (const auto& p : g.places)
        for (const auto& s : p.sightings)
            hits.emplace_back(s.offset, p.place.id);
    std::sort(hits.begin(), hits.end());
    std::string out;
    for (const auto& [offset, id] : hits)
        out += (out.empty() ? "" : " ") + id;
    return out.empty() ? "-" : out;
}

std::string unresolved_names(const cm::geocode::Geocoding& g) {
    std::string out;
    for (const auto& c : g.unresolved)
        out += (out.empty() ? "" : " | ") + c.text + " (" + c.pattern + ")";
    return out.empty() ? "-" : out;
}

}  // namespace

TEST(Geocoder, MeetsEveryExpectationOfTheFixtureTable) {
    const cm::geocode::PlaceIndex index(
        cm::load_gazetteer(kFixtures + "/gazetteer.geojson"),
        cm::geocode::load_not_places(kFixtures + "/geocode/not_places.txt"));
    const std::vector<Expectation> table = read_expectations();
    ASSERT_GE(table.size(), 20u);
    for (const Expectation& e : table) {
        const auto article = cm::geocode::parse_article("line-" + std::to_string(e.line), e.text);
        const cm::geocode::Geocoding g = cm::geocode::geocode({article}, index);
        EXPECT_EQ(resolved_ids(g), e.resolved) << "expectations.tsv:" << e.line << ": " << e.text;
        EXPECT_EQ(unresolved_names(g), e.unresolved)
            << "expectations.tsv:" << e.line << ": " << e.text;
    }
}
