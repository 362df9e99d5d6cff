// libFuzzer target: the style parser on arbitrary bytes. A bad style must end in a
// cm::StyleError (or another cm::Error), never a crash, a hang or a foreign exception. A
// style that loads is drawn on a tiny scene (territories, a changed region, routes, a town,
// an event, labels, the page furniture), so every numeric value the range checks let through
// is also drawn: a width, a hatch spacing or a font size that passes must not crash or hang
// Cairo or Pango.

#include <cstddef>
#include <cstdint>
#include <string>

#include "geodata/model/basemap.hpp"
#include "geodata/model/error.hpp"
#include "render/canvas/fonts.hpp"
#include "render/output/raster.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"
#include "tests/render/scene_fixture.hpp"

namespace {

void draw_tiny_scene(const cm::Style& style) {
    static const cm::Atlas atlas = cm::test::fixture_atlas();
    cm::MapSpec spec;
    spec.years = {1001, 1001};
    spec.page = cm::parse_page("160x120", 24);  // a large page in points, few pixels
    spec.relief = false;
    const cm::MapPlan plan = cm::plan_map(atlas, spec, style);
    cm::Basemap land;
    land.land.polygons.push_back(cm::test::square(55.0, 35.0, 75.0, 52.0));
    const cm::PageMap map = cm::compose_map(plan, spec, style, land, nullptr, &land);
    (void)cm::render_raster(map, style, false, 1);
}

}  // namespace

/// As tests/sanitizers/lsan.supp: fontconfig keeps the patterns Pango matched in process-wide
/// caches until exit, by design; drawing text makes it do so. Leaks of our own are still found.
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool fonts = (cm::pin_fonts(), true);
    (void)fonts;
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        draw_tiny_scene(cm::parse_style(text, "fuzz.toml"));
    } catch (const cm::Error&) {
    }
    return 0;
}
