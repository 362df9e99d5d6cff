#pragma once

// The Atlas: everything campaignmap knows, loaded and validated, immutable once built.
// The renderer reads it; animation frames share one Atlas without locks.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign.hpp"
#include "event.hpp"
#include "labels.hpp"
#include "place.hpp"
#include "polity.hpp"
#include "territory.hpp"

namespace cm {

/// A named war: the span of years a `--war` selects and the articles it comes from.
struct War {
    std::string id;  ///< "1635-1658"
    std::string name;
    YearRange years;
    std::string source;
    /// The theatre its maps and animations show unless an extent is asked for; nothing =
    /// fitted to the places involved.
    std::optional<Bounds> extent;
    /// How it ended, in our words ("Dzungar victory; the Syr Darya towns lost"); optional.
    std::string result = {};
};

/// An article the history's sources cite: its file stem (a source's part before the comma,
/// "kazakh-dzungar-war-1635-1658") and its title, which the credits name.
struct Article {
    std::string id;
    std::string title;
};

struct Atlas {
    std::vector<Place> places;
    std::vector<Polity> polities;
    std::vector<War> wars;
    std::vector<Event> events;
    std::vector<Campaign> campaigns;
    std::vector<Region> regions;
    std::vector<Border> borders;
    /// The faces of the borders as build_regions() polygonised them (each region's geometry is
    /// one of them), for check_history; whoever changes the borders builds the regions again.
    std::vector<Polygon> faces;
    std::vector<Control> control;
    std::vector<LabelRecord> labels;  ///< names by language (labels.toml)
    std::vector<Article> articles;    ///< titles of the cited articles (dataset.toml)
    /// What a map of years that are not one war is titled with ("Central Asia"); may be empty.
    std::string region;
    std::map<std::string, std::string> region_names;  ///< the region by language ("ru")
};

/// @returns the place with @p id, or nullptr.
const Place* find_place(const Atlas& atlas, std::string_view id);
const Polity* find_polity(const Atlas& atlas, std::string_view id);
const Region* find_region(const Atlas& atlas, std::string_view id);
const War* find_war(const Atlas& atlas, std::string_view id);
const Article* find_article(const Atlas& atlas, std::string_view id);

}  // namespace cm
