#include "render/style/style_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "geodata/model/error.hpp"
#include "render/style/style_reader.hpp"

namespace cm {
namespace {

using detail::StyleTable;

void read_page(StyleTable t, PageStyle& s) {
    t.colour("paper", s.paper);
    t.colour("frame", s.frame);
    t.number("frame_pt", s.frame_pt);
    t.number("margin_mm", s.margin_mm);
    t.number("header_mm", s.header_mm);
    t.number("footer_mm", s.footer_mm);
    t.finish();
}

void read_basemap(StyleTable t, BasemapStyle& s) {
    t.colour("sea", s.sea);
    t.colour("land", s.land);
    t.colour("coast", s.coast);
    t.number("coast_pt", s.coast_pt);
    t.colour("lake", s.lake);
    t.colour("lake_outline", s.lake_outline);
    t.number("lake_outline_pt", s.lake_outline_pt);
    t.colour("river", s.river);
    t.numbers("river_widths_pt", s.river_widths_pt);
    t.finish();
}

void read_territories(StyleTable t, TerritoryStyle& s) {
    t.number("fill_opacity", s.fill_opacity);
    t.number("border_pt", s.border_pt);
    t.number("border_darken", s.border_darken);
    t.number("uncertain_dash_mm", s.uncertain_dash_mm);
    t.colour("change", s.change);
    t.number("change_hatch_mm", s.change_hatch_mm);
    t.number("change_hatch_pt", s.change_hatch_pt);
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
    t.number("min_pt", s.min_pt);
    t.number("max_pt", s.max_pt);
    t.number("default_pt", s.default_pt);
    t.number("darken", s.darken);
    t.number("opacity", s.opacity);
    t.number("arrow_length_mm", s.arrow_length_mm);
    t.number("arrow_width_ratio", s.arrow_width_ratio);
    t.number("offset_mm", s.offset_mm);
    t.number("retreat_dash_mm", s.retreat_dash_mm);
    t.colour("halo", s.halo);
    t.number("halo_pt", s.halo_pt);
    if (s.max_pt < s.min_pt)
        t.fail("max_pt", "expected a width >= min_pt");
    t.finish();
}

void read_symbols(StyleTable t, SymbolStyle& s) {
    t.number("event_mm", s.event_mm);
    t.colour("event", s.event);
    t.colour("event_halo", s.event_halo);
    t.number("event_line_pt", s.event_line_pt);
    t.number("settlement_mm", s.settlement_mm);
    t.colour("settlement", s.settlement);
    t.colour("settlement_outline", s.settlement_outline);
    t.finish();
}

void read_furniture(StyleTable t, FurnitureStyle& s) {
    t.colour("graticule", s.graticule);
    t.number("graticule_pt", s.graticule_pt);
    t.colour("box", s.box);
    t.colour("box_outline", s.box_outline);
    t.number("locator_mm", s.locator_mm);
    t.number("scale_bar_mm", s.scale_bar_mm);
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
    t.number("light_azimuth_deg", s.shading.light_azimuth_deg);
    t.number("light_altitude_deg", s.shading.light_altitude_deg);
    t.number("z_factor", s.shading.z_factor);
    t.boolean("multidirectional", s.shading.multidirectional);
    t.colour("water", s.shading.water);
    t.number("hillshade_opacity", s.shading.hillshade_opacity);
    t.number("generalise_fraction", s.shading.generalise_fraction);
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
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StyleError(path, "", "cannot read the style file");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_style(text.str(), path);
}

std::string resolve_style_path(const std::string& name_or_path, const std::string& styles_dir) {
    const bool is_path = name_or_path.find('/') != std::string::npos ||
                         std::filesystem::path(name_or_path).extension() == ".toml";
    return is_path ? name_or_path : styles_dir + "/" + name_or_path + ".toml";
}

}  // namespace cm
