#pragma once

// Small label scenes shared by the label engine's tests.

#include <string>
#include <vector>

#include "render/labels/label.hpp"
#include "render/labels/placement.hpp"

namespace cm::test {

inline LabelFont settlement_font() {
    LabelFont font;
    font.family = "Noto Sans";
    font.size_pt = 9.0;
    return font;
}

inline LabelFont river_font() {
    LabelFont font;
    font.family = "Noto Serif";
    font.size_pt = 9.0;
    font.italic = true;
    font.colour = {0.15, 0.35, 0.6, 1.0};
    return font;
}

inline LabelFont region_font() {
    LabelFont font;
    font.family = "Noto Serif";
    font.size_pt = 12.0;
    font.capitals = true;
    font.letter_spacing_pt = 3.0;
    font.colour = {0.45, 0.3, 0.2, 1.0};
    return font;
}

inline LabelRequest point_label(const std::string& id, const std::string& text, PagePt anchor,
                                int priority = 0, double clearance_pt = 2.5) {
    LabelRequest request;
    request.id = id;
    request.text = text;
    request.kind = LabelKind::point;
    request.priority = priority;
    request.font = settlement_font();
    request.anchor = anchor;
    request.clearance_pt = clearance_pt;
    return request;
}

inline LabelRequest area_label(const std::string& id, const std::string& text, PagePt anchor,
                               int priority = 0) {
    LabelRequest request;
    request.id = id;
    request.text = text;
    request.kind = LabelKind::area;
    request.priority = priority;
    request.font = region_font();
    request.anchor = anchor;
    return request;
}

inline LabelRequest line_label(const std::string& id, const std::string& text,
                               std::vector<PagePt> path, int priority = 0) {
    LabelRequest request;
    request.id = id;
    request.text = text;
    request.kind = LabelKind::line;
    request.priority = priority;
    request.font = river_font();
    request.clearance_pt = 0.6;
    request.path = std::move(path);
    return request;
}

/// The placed label with @p id, or nullptr.
inline const PlacedLabel* find_placed(const Placement& placement, const std::string& id) {
    for (const PlacedLabel& label : placement.placed)
        if (label.id == id)
            return &label;
    return nullptr;
}

/// The smallest box holding all of @p label's boxes.
inline PageBox hull(const PlacedLabel& label) {
    PageBox box = label.boxes.front();
    for (const PageBox& b : label.boxes)
        box = {std::min(box.x0, b.x0), std::min(box.y0, b.y0), std::max(box.x1, b.x1),
               std::max(box.y1, b.y1)};
    return box;
}

}  // namespace cm::test
