#include "candidates.hpp"

#include <algorithm>
#include <array>

namespace cm {
namespace detail {

double cap_height_pt(const LabelFont& font) {
    return 0.714 * font.size_pt;
}

double padding_pt(const LabelFont& font) {
    return font.halo_pt + 0.06 * font.size_pt;
}

PageBox straight_box(const LabelRequest& request, const SetText& set, PagePt origin) {
    const LabelFont& font = request.font;
    const double pad = padding_pt(font);
    const double left = std::min(0.0, set.ink_left_pt);
    const double right = std::max(set.advance_pt, set.ink_right_pt);
    const double top = std::min(set.ink_top_pt, -cap_height_pt(font));
    const double bottom = std::max(set.ink_bottom_pt, 0.0);
    return {origin.x + left - pad, origin.y + top - pad, origin.x + right + pad,
            origin.y + bottom + pad};
}

Candidate straight_candidate(const LabelRequest& request, const SetText& set, PagePt origin) {
    Candidate candidate;
    candidate.runs.push_back({set.display, origin, 0.0, set.advance_pt, {}, 0});
    candidate.boxes.push_back(detail::straight_box(request, set, origin));
    return candidate;
}

}  // namespace detail

namespace {

/// The origin that puts the label's box on side (dx, dy) of the anchor, @p reach_pt
/// away from it; 0 centres the label on that axis.
PagePt origin_beside(const LabelRequest& request, const SetText& set, int dx, int dy,
                     double reach_pt) {
    const PagePt a = request.anchor;
    const PageBox at_zero = detail::straight_box(request, set, {0.0, 0.0});
    PagePt origin;
    if (dx > 0)
        origin.x = a.x + reach_pt - at_zero.x0;
    if (dx < 0)
        origin.x = a.x - reach_pt - at_zero.x1;
    if (dx == 0)
        origin.x = a.x - set.advance_pt / 2.0;
    if (dy > 0)
        origin.y = a.y + reach_pt - at_zero.y0;
    if (dy < 0)
        origin.y = a.y - reach_pt - at_zero.y1;
    if (dy == 0)
        origin.y = a.y + detail::cap_height_pt(request.font) / 2.0;
    return origin;
}

}  // namespace

std::vector<Candidate> point_candidates(const LabelRequest& request, const SetText& set) {
    struct Side {
        int dx, dy;
        double nudge;  ///< vertical shift, in font sizes, of the last resorts
        double shift;  ///< horizontal shift, in label lengths, of the last resorts
    };
    // The eight classic positions, then right and left nudged up and down a little, then
    // above and below pushed sideways: these often free a label in a crowded cluster (or
    // beside an arrowhead, or near the frame) without leaving its symbol.
    static constexpr std::array<Side, 16> kSides{{{1, 0, 0.0, 0.0},
                                                  {1, -1, 0.0, 0.0},
                                                  {1, 1, 0.0, 0.0},
                                                  {-1, 0, 0.0, 0.0},
                                                  {-1, -1, 0.0, 0.0},
                                                  {-1, 1, 0.0, 0.0},
                                                  {0, -1, 0.0, 0.0},
                                                  {0, 1, 0.0, 0.0},
                                                  {1, 0, -0.3, 0.0},
                                                  {1, 0, 0.3, 0.0},
                                                  {-1, 0, -0.3, 0.0},
                                                  {-1, 0, 0.3, 0.0},
                                                  {0, -1, 0.0, -0.35},
                                                  {0, -1, 0.0, 0.35},
                                                  {0, 1, 0.0, -0.35},
                                                  {0, 1, 0.0, 0.35}}};
    const double reach = request.clearance_pt + 0.04 * request.font.size_pt;
    std::vector<Candidate> candidates;
    for (const Side& side : kSides) {
        // Diagonal boxes touch the circle of the symbol near their corner.
        const double along = (side.dx != 0 && side.dy != 0) ? reach * 0.7071 : reach;
        PagePt origin = origin_beside(request, set, side.dx, side.dy, along);
        origin.y += side.nudge * request.font.size_pt;
        origin.x += side.shift * set.advance_pt;
        candidates.push_back(detail::straight_candidate(request, set, origin));
    }
    return candidates;
}

std::vector<Candidate> candidates_for(const LabelRequest& request, const Typesetter& typesetter) {
    if (!request.lines.empty())
        return callout_candidates(request, typesetter);
    if (request.kind == LabelKind::area)
        return area_candidates(request, typesetter);
    const SetText set = typesetter.set(request.font, request.text);
    if (set.display.empty())
        return {};
    if (request.kind == LabelKind::line)
        return line_candidates(request, set);
    return point_candidates(request, set);
}

}  // namespace cm
