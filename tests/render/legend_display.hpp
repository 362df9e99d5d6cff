#pragma once

// For the legend's tests: the real atlas, a war map of it without relief or basemap, and the
// items of one layer of a composed page (render/compose/compose_page.hpp).

#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "geodata/io/atlas_loader.hpp"
#include "render/canvas/fonts.hpp"
#include "render/compose/compose_page.hpp"
#include "render/scene/compose_map.hpp"
#include "render/style/style_loader.hpp"
#include "render/style/styled_page.hpp"
#include "render/writers/measure.hpp"
#include "tests/render/scene_fixture.hpp"

namespace cm::test {

/// The project's own atlas; null when the data is not there.
inline const Atlas* project_atlas() {
    static const std::optional<Atlas> atlas = []() -> std::optional<Atlas> {
        const std::string data = std::string(CM_SOURCE_DIR) + "/geodata";
        if (!std::filesystem::exists(data + "/history/control.toml"))
            return std::nullopt;
        return load_atlas(data);
    }();
    return atlas ? &*atlas : nullptr;
}

inline Style style_named(const std::string& name) {
    pin_fonts();
    return load_style(resolve_style_path(name));
}

/// The map of @p war on @p page as the renderer sizes it for @p style (styled_page), land only
/// under it.
inline PageMap war_page_map(const Atlas& atlas, const War& war, const Style& style,
                            const std::string& page, int dpi = 0) {
    MapSpec spec;
    spec.years = war.years;
    spec.war_id = war.id;
    spec.extent = war.extent;
    spec.page = styled_page(page, dpi, style);
    spec.relief = false;
    Basemap land;
    land.land.polygons.push_back(square(30.0, 20.0, 130.0, 65.0));
    const MapPlan plan = plan_map(atlas, spec, style);
    return compose_map(plan, spec, style, land, nullptr, nullptr);
}

inline void collect_shapes(const Group& group, std::vector<const Shape*>& shapes,
                           std::vector<const TextRun*>& texts) {
    for (const Item& item : group.items) {
        if (const auto* shape = std::get_if<Shape>(&item))
            shapes.push_back(shape);
        else if (const auto* text = std::get_if<TextRun>(&item))
            texts.push_back(text);
        else if (const auto* sub = std::get_if<std::unique_ptr<Group>>(&item))
            collect_shapes(**sub, shapes, texts);
    }
}

/// The top-level group @p id of @p list; null when there is none.
inline const Group* layer_of(const DisplayList& list, const std::string& id) {
    for (const Item& item : list.root.items)
        if (const auto* sub = std::get_if<std::unique_ptr<Group>>(&item))
            if ((*sub)->id == id)
                return sub->get();
    return nullptr;
}

/// Every step, colour, width, dash and text of @p group, written out to 0.001 pt.
inline std::string describe(const Group& group) {
    std::vector<const Shape*> shapes;
    std::vector<const TextRun*> texts;
    collect_shapes(group, shapes, texts);
    std::ostringstream out;
    out.precision(3);
    out << std::fixed;
    for (const Shape* s : shapes) {
        for (const PathStep& p : s->path)
            out << static_cast<int>(p.verb) << ' ' << p.p.x << ',' << p.p.y << ' ' << p.radius_pt
                << ';';
        if (s->fill)
            out << " fill " << s->fill->r << ',' << s->fill->g << ',' << s->fill->b << ','
                << s->fill->a;
        if (s->stroke) {
            out << " stroke " << s->stroke->width_pt << ' ' << s->stroke->colour.r << ','
                << s->stroke->colour.g << ',' << s->stroke->colour.b << ',' << s->stroke->colour.a;
            for (double d : s->stroke->dash_pt)
                out << " dash " << d;
        }
        out << '\n';
    }
    for (const TextRun* t : texts)
        out << t->text << " at " << t->at.x << ',' << t->at.y << '\n';
    return out.str();
}

}  // namespace cm::test
