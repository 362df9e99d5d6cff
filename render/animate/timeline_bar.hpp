#pragma once

// The timeline bar in a band below the map of every animation frame: the run's years as an axis
// with decade labels, a dot for each event (stacked when a year has several; past ones in the event
// colour, future ones faint), each war's span shaded and named, the part already travelled, a
// marker at the moment shown, and the current year in large type. Drawn with Cairo in page points.

#include <string>
#include <vector>

#include "render/display/canvas.hpp"

#include "geodata/model/atlas.hpp"
#include "render/canvas/raster_image.hpp"
#include "render/project/coordinates.hpp"
#include "render/style/page.hpp"
#include "render/style/style.hpp"

namespace cm {

/// A war on the bar: its name and years (cut to the bar's years).
struct TimelineWar {
    std::string name;
    YearRange years;
};

/// What the bar shows: the years, the year of every event in them, ascending, and the wars.
struct Timeline {
    YearRange years;
    std::vector<int> event_years;
    std::vector<TimelineWar> wars = {};
};

/// @returns the events of @p atlas that begin within @p years, and its wars that overlap them.
Timeline timeline_of(const Atlas& atlas, const YearRange& years);

/// The height of the band below the map that holds the bar, in points.
double timeline_band_pt(const Style& style);

/// The page left for the map once the band is taken from the bottom of @p page; its pixel
/// height is a whole number, so map and band tile the frame exactly.
PageSize page_above_timeline(const PageSize& page, const Style& style);

/// Draws the bar in @p box on @p cr (page points) at @p year, @p progress (0..1) of the way
/// from the previous year.
void draw_timeline_bar(Canvas& cr, const PageBox& box, const Timeline& timeline, const Style& style,
                       int year, double progress);

/// The animation frame: @p map (drawn on page_above_timeline(page)) above a band of
/// @p page's paper colour holding the bar. The result has @p page's pixel size.
RasterImage frame_with_timeline(const RasterImage& map, const PageSize& page,
                                const Timeline& timeline, const Style& style, int year,
                                double progress);

}  // namespace cm
