// Region tiles and control timelines (part of check_history).

#include <algorithm>

#include <ogr_api.h>

#include "geodata/check/detail/history_checks.hpp"
#include "geodata/io/ogr.hpp"
#include "geodata/query/control.hpp"
#include "geodata/query/territories.hpp"

namespace cm::detail {
namespace {

/// Overlaps smaller than this (square degrees, about 0.01 km²) are rounding, not data.
constexpr double kOverlapTolerance = 1e-6;

std::string span_text(const YearRange& y) {
    return std::to_string(y.first) + "-" + std::to_string(y.last);
}

std::vector<const Control*> spans_of(const Atlas& atlas, const std::string& region_id) {
    std::vector<const Control*> spans;
    for (const Control& c : atlas.control)
        if (c.region_id == region_id)
            spans.push_back(&c);
    std::sort(spans.begin(), spans.end(),
              [](const Control* a, const Control* b) { return a->years.first < b->years.first; });
    return spans;
}

void check_timeline(const Atlas& atlas, const Region& region, const YearRange& span,
                    const std::string& file, ProblemList& problems) {
    const std::string record = "region '" + region.id + "'";
    const auto spans = spans_of(atlas, region.id);
    if (spans.empty()) {
        problems.push_back({file, record, "", "no control spans: nobody holds it in any year"});
        return;
    }
    int next = span.first;  // the first year not yet covered
    for (const Control* c : spans) {
        if (c->years.first > next)
            problems.push_back(
                {file, record, "years",
                 "gap: nobody holds it in " + span_text({next, c->years.first - 1})});
        else if (c->years.first < next)
            problems.push_back({file, record, "years",
                                "two holders at once in " +
                                    span_text({c->years.first, std::min(next - 1, c->years.last)}) +
                                    " ('" + c->polity_id + "' overlaps an earlier span)"});
        next = std::max(next, c->years.last + 1);
    }
    if (next <= span.last)
        problems.push_back(
            {file, record, "years", "gap: nobody holds it in " + span_text({next, span.last})});
}

/// Who holds each region in @p year, and how surely: a year's territories follow from it.
std::vector<std::string> holders_in(const Atlas& atlas, int year) {
    std::vector<std::string> out;
    out.reserve(atlas.regions.size());
    for (const Region& r : atlas.regions) {
        std::string holders;
        for (const Control& c : atlas.control)
            if (c.region_id == r.id && c.years.contains(year))
                holders.append(c.polity_id).append(":").append(to_string(c.certainty)).append(";");
        out.push_back(std::move(holders));
    }
    return out;
}

/// Every year's territories must be valid. Years whose holders are those of the year before
/// have the same territories and are not built again.
void check_territories(const Atlas& atlas, const YearRange& span, const std::string& file,
                       ProblemList& problems) {
    std::vector<std::string> previous;
    for (int year = span.first; year <= span.last; ++year) {
        std::vector<std::string> holders = holders_in(atlas, year);
        if (year > span.first && holders == previous)
            continue;
        previous = std::move(holders);
        for (const Territory& t : territories_in_year(atlas, year)) {
            const auto g = ogr::to_ogr_multipolygon(t.geometry);
            if (!g->IsValid())
                problems.push_back(
                    {file, "polity '" + t.polity_id + "'", "",
                     "territory of " + std::to_string(year) + " is not valid geometry"});
        }
    }
}

}  // namespace

void check_region_tiles(const Atlas& atlas, const std::string& regions_file,
                        ProblemList& problems) {
    std::vector<std::unique_ptr<OGRMultiPolygon>> shapes;
    for (const Region& r : atlas.regions) {
        shapes.push_back(ogr::to_ogr_multipolygon(r.geometry));
        if (!shapes.back()->IsValid())
            problems.push_back({regions_file, "region '" + r.id + "'", "geometry",
                                "invalid polygon (self-intersecting or badly closed)"});
    }
    for (std::size_t i = 0; i < shapes.size(); ++i)
        for (std::size_t j = i + 1; j < shapes.size(); ++j) {
            if (!shapes[i]->Intersects(shapes[j].get()))
                continue;
            const ogr::GeometryPtr common(shapes[i]->Intersection(shapes[j].get()));
            const double area = common ? OGR_G_Area(OGRGeometry::ToHandle(common.get())) : 0.0;
            if (area > kOverlapTolerance)
                problems.push_back({regions_file, "region '" + atlas.regions[i].id + "'",
                                    "geometry",
                                    "overlaps region '" + atlas.regions[j].id + "' (" +
                                        std::to_string(area) + " square degrees)"});
        }
}

void check_control_timelines(const Atlas& atlas, const std::string& control_file,
                             ProblemList& problems) {
    const YearRange span = history_span(atlas);
    for (const Region& region : atlas.regions)
        check_timeline(atlas, region, span, control_file, problems);
    check_territories(atlas, span, control_file, problems);
}

}  // namespace cm::detail
