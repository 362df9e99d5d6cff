// What a newcomer's data most often gets wrong although every record reads: coordinates
// given as [lat, lon], an event dated outside every war and a war in years nobody holds land.
// (Drafts left unreviewed are check_drafts.cpp's.)

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "geodata/check/check_atlas.hpp"
#include "geodata/model/statistics.hpp"

namespace cm {
namespace {

/// Least half-size of the dataset's core, in degrees: east-west and north-south.
constexpr double kCoreLonDeg = 15.0;
constexpr double kCoreLatDeg = 10.0;
/// How many median deviations from the median the core reaches.
constexpr double kCoreDeviations = 3.0;

LonLat centre_of(const Bounds& b) {
    return {(b.west + b.east) / 2, (b.south + b.north) / 2};
}

/// Median +- max(@p least, kCoreDeviations median absolute deviations): a few wrong places
/// cannot stretch it.
std::pair<double, double> core_range(const std::vector<double>& values, double least) {
    const double mid = median(values);
    std::vector<double> deviations;
    for (double v : values)
        deviations.push_back(std::abs(v - mid));
    const double half = std::max(least, kCoreDeviations * median(deviations));
    return {mid - half, mid + half};
}

/// The extent of the dataset: the core of its places and its wars' extents.
Bounds dataset_extent(const Atlas& atlas) {
    Bounds extent;
    std::vector<double> lons, lats;
    for (const Place& p : atlas.places)
        if (const Bounds b = bounds_of(p.geometry); !b.empty) {
            lons.push_back(centre_of(b).lon);
            lats.push_back(centre_of(b).lat);
        }
    if (!lons.empty()) {
        const auto [west, east] = core_range(lons, kCoreLonDeg);
        const auto [south, north] = core_range(lats, kCoreLatDeg);
        extent.extend(LonLat{west, south});
        extent.extend(LonLat{east, north});
    }
    for (const War& w : atlas.wars)
        if (w.extent)
            extent.extend(*w.extent);
    return extent;
}

struct Margin {
    double lon = 0.0, lat = 0.0;
};

bool inside(const Bounds& b, LonLat p, Margin m) {
    return p.lon >= b.west - m.lon && p.lon <= b.east + m.lon && p.lat >= b.south - m.lat &&
           p.lat <= b.north + m.lat;
}

std::string degrees(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    return text;
}

std::string extent_text(const Bounds& e) {
    return "(" + degrees(e.west) + ", " + degrees(e.south) + ", " + degrees(e.east) + ", " +
           degrees(e.north) + ")";
}

/// A place outside the extent whose swapped coordinates lie inside it, or one beyond the
/// extent by more than its own size.
void check_far_places(const Atlas& atlas, const AtlasFiles& files, ProblemList& out) {
    const Bounds extent = dataset_extent(atlas);
    if (extent.empty)
        return;
    const Margin none{};
    const Margin far{extent.east - extent.west, extent.north - extent.south};
    for (const Place& p : atlas.places) {
        const Bounds b = bounds_of(p.geometry);
        if (b.empty || inside(extent, centre_of(b), none))
            continue;
        const LonLat c = centre_of(b);
        const bool swapped = inside(extent, LonLat{c.lat, c.lon}, none);
        if (!swapped && inside(extent, c, far))
            continue;
        const std::string what =
            "lies at lon " + degrees(c.lon) + ", lat " + degrees(c.lat) +
            ", far outside the dataset's extent " + extent_text(extent) +
            (swapped ? ": lon and lat look swapped (GeoJSON positions are [lon, lat])"
                     : ": check its coordinates");
        out.push_back(
            {files.gazetteer, "feature '" + p.id + "'", "geometry", what, Severity::warning});
    }
}

std::string years_text(const YearRange& y) {
    return y.first == y.last ? std::to_string(y.first)
                             : std::to_string(y.first) + "-" + std::to_string(y.last);
}

/// An event this many years from every other dated record is most likely a wrong year: the
/// history's years run to its last record, so its span cannot tell.
constexpr int kLoneEventYears = 25;

/// Whether @p e lies more than kLoneEventYears from every war, control record and other event.
bool far_from_other_records(const Atlas& atlas, const Event& e) {
    auto near = [&](int first, int last) {
        return first - kLoneEventYears <= e.years.last && e.years.first <= last + kLoneEventYears;
    };
    for (const War& w : atlas.wars)
        if (near(w.years.first, w.years.last))
            return false;
    for (const Control& c : atlas.control)
        if (near(c.from, c.from))
            return false;
    for (const Event& other : atlas.events)
        if (&other != &e && near(other.years.first, other.years.last))
            return false;
    return true;
}

/// Events in no war's years and far from every other dated record (the years between and
/// after the wars of one history are its own).
void check_events_in_wars(const Atlas& atlas, const std::string& file, ProblemList& out) {
    if (atlas.wars.empty())
        return;
    std::string wars;
    for (const War& w : atlas.wars)
        wars += (wars.empty() ? "" : ", ") + years_text(w.years);
    for (const Event& e : atlas.events) {
        const bool in_a_war = std::any_of(atlas.wars.begin(), atlas.wars.end(),
                                          [&](const War& w) { return w.years.overlaps(e.years); });
        if (!in_a_war && far_from_other_records(atlas, e))
            out.push_back({file, "event '" + e.id + "'", "year",
                           years_text(e.years) + " is outside every war's years (" + wars +
                               "): correct the year, or add the war to wars.toml",
                           Severity::warning});
    }
}

void check_wars_have_territory(const Atlas& atlas, const std::string& file, ProblemList& out) {
    for (const War& w : atlas.wars) {
        const bool held = std::any_of(atlas.control.begin(), atlas.control.end(),
                                      [&](const Control& c) { return c.years.overlaps(w.years); });
        if (!held)
            out.push_back({file, "war '" + w.id + "'", "years",
                           "no region is held in " + years_text(w.years) +
                               ": its maps would show no territory (add control.toml records "
                               "from " +
                               std::to_string(w.years.first) + ")"});
    }
}

}  // namespace

ProblemList check_plausibility(const Atlas& atlas, const AtlasFiles& files) {
    const std::filesystem::path dir(files.history_dir);
    ProblemList problems;
    check_far_places(atlas, files, problems);
    check_events_in_wars(atlas, (dir / "events.toml").string(), problems);
    check_wars_have_territory(atlas, (dir / "wars.toml").string(), problems);
    return problems;
}

}  // namespace cm
