#include "render/style/style_loader.hpp"

#include <algorithm>
#include <filesystem>

#include <toml++/toml.h>

#include "geodata/files/input_file.hpp"
#include "geodata/files/toml_limits.hpp"
#include "geodata/model/error.hpp"
#include "render/style/style_reader.hpp"

namespace cm {
namespace {

using detail::Range;
using detail::StyleTable;

// The range of every numeric style key, inclusive; NaN and infinity are never in range. A
// value outside is a StyleError: "'territories.border_pt': expected 0..20, got 1e+30". Sizes
// beyond these draw nothing useful, and some (a hatch 1e-10 mm apart, a dot 1e30 mm wide)
// would make Cairo work forever or fail.
constexpr Range kLinePt{0.0, 20.0};              // every *_pt line and halo width, river widths
constexpr Range kRoutePt{0.1, 40.0};             // routes: min_pt, max_pt, default_pt
constexpr Range kShare{0.0, 1.0};                // opacities and darken shares
constexpr Range kMarginMm{0.0, 50.0};            // page.margin_mm
constexpr Range kHeaderMm{0.0, 80.0};            // page.header_mm
constexpr Range kFooterMm{0.0, 40.0};            // page.footer_mm
constexpr Range kSlideHeightPx{0.0, 20000.0};    // page.slide_height_px (0: off)
constexpr Range kDashMm{0.1, 50.0};              // uncertain_dash_mm, retreat_dash_mm
constexpr Range kHatchSpacingMm{0.2, 50.0};      // territories.change_hatch_mm
constexpr Range kArrowMm{0.0, 30.0};             // routes.arrow_length_mm
constexpr Range kArrowRatio{1.0, 10.0};          // routes.arrow_width_ratio
constexpr Range kOffsetMm{0.0, 20.0};            // routes.offset_mm
constexpr Range kSymbolMm{0.5, 30.0};            // symbols.event_mm
constexpr Range kSettlementMm{0.0, 20.0};        // symbols.settlement_mm
constexpr Range kBoxMm{5.0, 200.0};              // furniture.locator_mm, scale_bar_mm
constexpr Range kAzimuthDeg{0.0, 360.0};         // relief.light_azimuth_deg
constexpr Range kAltitudeDeg{0.0, 90.0};         // relief.light_altitude_deg
constexpr Range kZFactor{0.0, 100.0};            // relief.z_factor
constexpr Range kGeneraliseFraction{0.02, 1.0};  // relief.generalise_fraction
constexpr Range kLakeMm2{0.0, 10000.0};          // basemap.lake_min_mm2
// Fonts (style_reader.cpp): size_pt 2..144, letter_spacing_pt 0..50, halo_pt 0..20.

void read_page(StyleTable t, PageStyle& s) {
    t.colour("paper", s.paper);
    t.colour("frame", s.frame);
    t.number("frame_pt", s.frame_pt, kLinePt);
    t.number("margin_mm", s.margin_mm, kMarginMm);
    t.number("header_mm", s.header_mm, kHeaderMm);
    t.number("footer_mm", s.footer_mm, kFooterMm);
    t.number("slide_height_px", s.slide_height_px, kSlideHeightPx);
    t.finish();
}

void read_basemap(StyleTable t, BasemapStyle& s) {
    t.colour("sea", s.sea);
    t.colour("land", s.land);
    t.colour("coast", s.coast);
    t.number("coast_pt", s.coast_pt, kLinePt);
    t.colour("lake", s.lake);
    t.colour("lake_outline", s.lake_outline);
    t.number("lake_outline_pt", s.lake_outline_pt, kLinePt);
    t.colour("river", s.river);
    t.numbers("river_widths_pt", s.river_widths_pt, kLinePt);
    t.number("lake_min_mm2", s.lake_min_mm2, kLakeMm2);
    t.finish();
}

void read_territories(StyleTable t, TerritoryStyle& s) {
    t.number("fill_opacity", s.fill_opacity, kShare);
    t.number("border_pt", s.border_pt, kLinePt);
    t.number("border_darken", s.border_darken, kShare);
    t.number("uncertain_dash_mm", s.uncertain_dash_mm, kDashMm);
    t.colour("change", s.change);
    t.number("change_hatch_mm", s.change_hatch_mm, kHatchSpacingMm);
    t.number("change_hatch_pt", s.change_hatch_pt, kLinePt);
    t.colour("fallback", s.fallback);
    t.finish();
}

void read_polities(StyleTable t, TerritoryStyle& s) {
    for (const std::string& key : t.keys()) {
        Colour c;
        t.colour(key, c);
        s.polities[key] = c;
    }
    t.finish();
}

void read_routes(StyleTable t, RouteStyle& s) {
    t.number("min_pt", s.min_pt, kRoutePt);
    t.number("max_pt", s.max_pt, kRoutePt);
    t.number("default_pt", s.default_pt, kRoutePt);
    t.number("darken", s.darken, kShare);
    t.number("opacity", s.opacity, kShare);
    t.number("arrow_length_mm", s.arrow_length_mm, kArrowMm);
    t.number("arrow_width_ratio", s.arrow_width_ratio, kArrowRatio);
    t.number("offset_mm", s.offset_mm, kOffsetMm);
    t.number("retreat_dash_mm", s.retreat_dash_mm, kDashMm);
    t.number("arrow_gap_mm", s.arrow_gap_mm, kOffsetMm);
    t.number("generalise_mm", s.generalise_mm, kOffsetMm);
    t.number("inferred_opacity", s.inferred_opacity, kShare);
    t.colour("halo", s.halo);
    t.number("halo_pt", s.halo_pt, kLinePt);
    if (s.max_pt < s.min_pt)
        t.fail("max_pt", "expected a width >= min_pt");
    t.finish();
}

void read_symbols(StyleTable t, SymbolStyle& s) {
    t.number("event_mm", s.event_mm, kSymbolMm);
    t.colour("event", s.event);
    t.colour("event_halo", s.event_halo);
    t.number("event_line_pt", s.event_line_pt, kLinePt);
    t.number("settlement_mm", s.settlement_mm, kSettlementMm);
    t.colour("settlement", s.settlement);
    t.colour("settlement_outline", s.settlement_outline);
    t.finish();
}

void read_furniture(StyleTable t, FurnitureStyle& s) {
    t.colour("graticule", s.graticule);
    t.number("graticule_pt", s.graticule_pt, kLinePt);
    t.colour("box", s.box);
    t.colour("box_outline", s.box_outline);
    t.number("locator_mm", s.locator_mm, kBoxMm);
    t.number("scale_bar_mm", s.scale_bar_mm, kBoxMm);
    t.boolean("legend", s.legend);
    t.boolean("locator", s.locator);
    t.finish();
}

void read_fonts(StyleTable t, FontStyle& s) {
    t.font("title", s.title);
    t.font("subtitle", s.subtitle);
    t.font("polity", s.polity);
    t.font("region", s.region);
    t.font("settlement", s.settlement);
    t.font("river", s.river);
    t.font("lake", s.lake);
    t.font("event", s.event);
    t.font("legend", s.legend);
    t.font("graticule", s.graticule);
    t.font("credits", s.credits);
    t.finish();
}

void read_relief(StyleTable t, ReliefSettings& s) {
    t.boolean("enabled", s.enabled);
    t.number("light_azimuth_deg", s.shading.light_azimuth_deg, kAzimuthDeg);
    t.number("light_altitude_deg", s.shading.light_altitude_deg, kAltitudeDeg);
    t.number("z_factor", s.shading.z_factor, kZFactor);
    t.boolean("multidirectional", s.shading.multidirectional);
    t.colour("water", s.shading.water);
    t.number("hillshade_opacity", s.shading.hillshade_opacity, kShare);
    t.boolean("hypsometric_tint", s.shading.hypsometric_tint);
    t.colour("grey", s.shading.grey);
    t.boolean("highlights", s.shading.highlights);
    t.number("generalise_fraction", s.shading.generalise_fraction, kGeneraliseFraction);
    t.finish();
}

}  // namespace

bool parse_colour(const std::string& text, Colour& out) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#')
        return false;
    if (!std::all_of(text.begin() + 1, text.end(), [](char c) { return std::isxdigit(c); }))
        return false;
    auto channel = [&](std::size_t i) { return std::stoi(text.substr(i, 2), nullptr, 16) / 255.0; };
    out = Colour{channel(1), channel(3), channel(5), text.size() == 9 ? channel(7) : 1.0};
    return true;
}

Style parse_style(const std::string& text, const std::string& file_name) {
    if (const auto problem = toml_limit_problem(text))
        throw StyleError(file_name, "",
                         "line " + std::to_string(problem->line) + ": " + problem->message);
    toml::table root;
    try {
        root = toml::parse(text, file_name);
    } catch (const toml::parse_error& e) {
        const auto& where = e.source().begin;
        throw StyleError(
            file_name, "",
            "line " + std::to_string(where.line) + ": " + std::string(e.description()));
    }
    Style style;
    style.name = std::filesystem::path(file_name).stem().string();
    StyleTable t(&root, file_name, "");
    read_page(t.table("page"), style.page);
    read_basemap(t.table("basemap"), style.basemap);
    read_territories(t.table("territories"), style.territories);
    read_polities(t.table("polities"), style.territories);
    read_routes(t.table("routes"), style.routes);
    read_symbols(t.table("symbols"), style.symbols);
    read_furniture(t.table("furniture"), style.furniture);
    read_fonts(t.table("fonts"), style.fonts);
    read_relief(t.table("relief"), style.relief);
    t.finish();
    return style;
}

Style load_style(const std::string& path) {
    std::string problem;
    const std::string text = try_read_input_file(path, kMaxTomlBytes, problem);
    if (!problem.empty())
        throw StyleError(path, "", "cannot read the style file: " + problem);
    return parse_style(text, path);
}

namespace {

bool is_style_path(const std::string& name_or_path) {
    return name_or_path.find('/') != std::string::npos ||
           std::filesystem::path(name_or_path).extension() == ".toml";
}

}  // namespace

std::string resolve_style_path(const std::string& name_or_path, const std::string& styles_dir) {
    return is_style_path(name_or_path) ? name_or_path : styles_dir + "/" + name_or_path + ".toml";
}

std::string resolve_style_for_data(const std::string& name_or_path, const std::string& data_dir) {
    namespace fs = std::filesystem;
    if (is_style_path(name_or_path))
        return name_or_path;
    const fs::path data(data_dir);
    for (const fs::path& dir : {data / "styles", data / ".." / "styles"}) {
        const fs::path candidate = dir / (name_or_path + ".toml");
        std::error_code ec;
        if (fs::is_regular_file(candidate, ec))
            return candidate.string();
    }
    return resolve_style_path(name_or_path);
}

}  // namespace cm
