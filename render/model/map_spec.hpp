#pragma once

// What map to draw: the years, the page, the extent and the projection. Plain values
// from the command line; the style is separate.

#include <optional>
#include <string>

#include "geodata/model/geometry.hpp"
#include "geodata/model/years.hpp"
#include "render/style/page.hpp"

namespace cm {

struct MapSpec {
    YearRange years;     ///< first == last: a year map; otherwise a war map over the span
    std::string war_id;  ///< when chosen with --war: names the title
    PageSize page;
    std::optional<Bounds> extent;     ///< nothing = fitted to the places involved
    std::string projection = "auto";  ///< "auto", a PROJ string or "EPSG:n"
    bool transparent = false;
    bool relief = true;  ///< the style may switch relief off as well
    bool run = false;    ///< an animation of years: one legend keys what every year draws

    bool is_war_map() const { return years.first != years.last; }
};

}  // namespace cm
