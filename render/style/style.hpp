#pragma once

// A map style: every colour, width, font and size the renderer uses, in physical units
// (pt, mm), so one style is right at any page size and resolution. Built by
// load_style() from styles/*.toml; immutable once loaded.

#include <map>
#include <string>
#include <vector>

#include "render/canvas/colour.hpp"
#include "render/labels/label.hpp"
#include "render/style/relief_style.hpp"

namespace cm {

constexpr double kPtPerMm = 72.0 / 25.4;

/// Paper, frame and margins.
struct PageStyle {
    Colour paper{1.0, 1.0, 1.0, 1.0};  ///< the page outside and under the map
    Colour frame{0.2, 0.2, 0.2, 1.0};
    double frame_pt = 0.8;
    double margin_mm = 10.0;
    double header_mm = 16.0;  ///< room above the map for title and years
    double footer_mm = 6.0;   ///< room below the map for the credits line
    /// A pixel page ("slide", WxH) given no --dpi is laid out as a slide this many pixels high
    /// at 96 dpi, scaled to its own height, so type, lines and symbols keep their share of the
    /// page whatever its size (styled_page.hpp). 0: every pixel page at 96 dpi.
    double slide_height_px = 0.0;
};

/// Land, sea, lakes and rivers.
struct BasemapStyle {
    Colour sea{0.80, 0.87, 0.92, 1.0};
    Colour land{0.96, 0.95, 0.91, 1.0};
    Colour coast{0.45, 0.55, 0.65, 1.0};
    double coast_pt = 0.4;
    Colour lake{0.80, 0.87, 0.92, 1.0};
    Colour lake_outline{0.45, 0.55, 0.65, 1.0};
    double lake_outline_pt = 0.4;
    Colour river{0.45, 0.60, 0.75, 1.0};
    std::vector<double> river_widths_pt{1.4, 1.0, 0.7, 0.5};  ///< by rank, 0 = largest
    /// Basemap lakes smaller than this on the page are not drawn (1 mm²: some 160 km² at
    /// 1:12.7M, an A4 map of Central Asia).
    double lake_min_mm2 = 1.0;
};

/// Polity fills and borders, and the regions that changed hands.
struct TerritoryStyle {
    double fill_opacity = 0.35;
    double border_pt = 1.2;
    double border_darken = 0.35;     ///< border colour = fill darkened by this share
    double uncertain_dash_mm = 2.0;  ///< dash length of borders whose certainty is not exact
    Colour change{0.75, 0.15, 0.10, 1.0};
    double change_hatch_mm = 2.0;  ///< distance between hatch lines
    double change_hatch_pt = 0.6;
    Colour fallback{0.6, 0.6, 0.6, 1.0};     ///< a polity whose colour key the style lacks
    std::map<std::string, Colour> polities;  ///< colour key → colour
};

/// Campaign routes (Minard): width from stated strength.
struct RouteStyle {
    double min_pt = 1.5;
    double max_pt = 6.0;
    double default_pt = 2.0;  ///< when no strength is stated
    double darken = 0.25;     ///< route colour = polity colour darkened by this share
    double opacity = 0.9;
    double arrow_length_mm = 3.5;
    double arrow_width_ratio = 2.2;  ///< arrowhead width / route width (at least 2 mm)
    double offset_mm = 1.5;          ///< between legs side by side along a shared stretch
    double retreat_dash_mm = 2.0;
    double arrow_gap_mm = 0.8;      ///< between an arrowhead's tip and its target's symbol
    double generalise_mm = 2.5;     ///< an inferred course keeps no bend smaller than this
    double inferred_opacity = 0.5;  ///< an inferred course is drawn lighter: this opacity
    Colour halo{1.0, 1.0, 1.0, 0.7};
    double halo_pt = 0.8;
};

/// Event symbols and settlement dots.
struct SymbolStyle {
    double event_mm = 4.0;
    Colour event{0.55, 0.05, 0.05, 1.0};
    Colour event_halo{1.0, 1.0, 1.0, 0.9};
    double event_line_pt = 1.1;
    double settlement_mm = 1.6;
    Colour settlement{0.15, 0.15, 0.15, 1.0};
    Colour settlement_outline{1.0, 1.0, 1.0, 1.0};
};

/// Graticule, legend, scale bar, locator and the lines of text around the map.
struct FurnitureStyle {
    Colour graticule{0.35, 0.40, 0.45, 0.45};
    double graticule_pt = 0.3;
    Colour box{1.0, 1.0, 1.0, 0.88};  ///< background of legend, scale bar and locator
    Colour box_outline{0.3, 0.3, 0.3, 1.0};
    double locator_mm = 28.0;
    double scale_bar_mm = 30.0;  ///< longest scale bar drawn
    bool legend = true;
    bool locator = true;
};

/// Fonts per label class; family must be Noto Sans or Noto Serif.
struct FontStyle {
    LabelFont title, subtitle, polity, region, settlement, river, lake, event, legend, graticule,
        credits;
};

/// Relief on or off, and how it is shaded.
struct ReliefSettings {
    bool enabled = true;
    ReliefStyle shading;
};

struct Style {
    std::string name;  ///< file stem: "publication"
    PageStyle page;
    BasemapStyle basemap;
    TerritoryStyle territories;
    RouteStyle routes;
    SymbolStyle symbols;
    FurnitureStyle furniture;
    FontStyle fonts;
    ReliefSettings relief;
};

/// @returns the colour of a polity's colour key, or the style's fallback.
Colour polity_colour(const Style& style, const std::string& colour_key);

/// @returns @p c moved towards black by @p share (0..1), alpha kept.
Colour darken(const Colour& c, double share);

/// @returns the size in pt of the smallest type among @p style's map labels, legend and
/// graticule (the credits are small print and not counted).
double smallest_label_pt(const Style& style);

}  // namespace cm
