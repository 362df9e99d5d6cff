#include <algorithm>
#include <array>
#include <cmath>

#include "render/labels/candidates.hpp"

namespace cm {
namespace {

constexpr double kLineEms = 1.25;      ///< line pitch of a callout, in font sizes
constexpr double kLeaderStepPt = 2.0;  ///< leader line kept clear in squares this far apart
constexpr double kLeaderHalfPt = 0.6;  ///< half-side of those squares

/// A callout's lines as set, and the block they make.
struct Block {
    std::vector<SetText> lines;
    double width = 0.0, height = 0.0;
};

Block set_block(const LabelRequest& request, const Typesetter& typesetter) {
    Block block;
    for (const std::string& line : request.lines) {
        block.lines.push_back(typesetter.set(request.font, line));
        block.width = std::max(block.width, block.lines.back().advance_pt);
    }
    block.height = kLineEms * request.font.size_pt * static_cast<double>(block.lines.size());
    return block;
}

/// The block with its top left at @p top_left, lines flush left or (@p flush_right) right.
Candidate block_at(const LabelRequest& request, const Block& block, PagePt top_left,
                   bool flush_right) {
    Candidate candidate;
    const double pitch = kLineEms * request.font.size_pt;
    const double first_baseline = top_left.y + pitch - 0.3 * request.font.size_pt;
    for (std::size_t i = 0; i < block.lines.size(); ++i) {
        const SetText& set = block.lines[i];
        const double x = flush_right ? top_left.x + block.width - set.advance_pt : top_left.x;
        const PagePt origin{x, first_baseline + pitch * static_cast<double>(i)};
        Candidate line = detail::straight_candidate(request, set, origin);
        candidate.runs.push_back(std::move(line.runs.front()));
        candidate.boxes.push_back(line.boxes.front());
    }
    return candidate;
}

/// Beside the mark: right and left (centred, then level with its top and its bottom), above
/// and below, then the four corners.
void add_beside(std::vector<Candidate>& out, const LabelRequest& request, const Block& block) {
    const PageBox& m = request.mark;
    const double gap = detail::padding_pt(request.font) + 0.15 * request.font.size_pt;
    const double cx = (m.x0 + m.x1) / 2, cy = (m.y0 + m.y1) / 2;
    const double w = block.width, h = block.height;
    const std::array<PagePt, 12> corners{{{m.x1 + gap, cy - h / 2},
                                          {m.x0 - gap - w, cy - h / 2},
                                          {m.x1 + gap, m.y0 - h + gap},
                                          {m.x1 + gap, m.y1 - gap},
                                          {m.x0 - gap - w, m.y0 - h + gap},
                                          {m.x0 - gap - w, m.y1 - gap},
                                          {cx - w / 2, m.y0 - gap - h},
                                          {cx - w / 2, m.y1 + gap},
                                          {m.x1, m.y0 - gap - h},
                                          {m.x1, m.y1 + gap},
                                          {m.x0 - w, m.y0 - gap - h},
                                          {m.x0 - w, m.y1 + gap}}};
    for (const PagePt& top_left : corners)
        out.push_back(block_at(request, block, top_left, top_left.x + w / 2 < cx));
}

/// The point of @p box nearest to @p p.
PagePt nearest_on(const PageBox& box, PagePt p) {
    return {std::clamp(p.x, box.x0, box.x1), std::clamp(p.y, box.y0, box.y1)};
}

/// Squares along the leader from @p from to @p to, clear of both ends.
void add_leader(Candidate& candidate, PagePt from, PagePt to) {
    const double length = std::hypot(to.x - from.x, to.y - from.y);
    candidate.leader = {from, to};
    for (double s = 3.0 * kLeaderHalfPt; s < length - kLeaderHalfPt; s += kLeaderStepPt) {
        const double t = s / length;
        const PagePt p{from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
        candidate.boxes.push_back(
            {p.x - kLeaderHalfPt, p.y - kLeaderHalfPt, p.x + kLeaderHalfPt, p.y + kLeaderHalfPt});
    }
}

/// The block standing off in direction @p angle_deg (clockwise from east, y down), its
/// nearest edge @p reach_pt from the mark's centre, with a leader line from the mark.
Candidate standing_off(const LabelRequest& request, const Block& block, double angle_deg,
                       double reach_pt) {
    const PageBox& m = request.mark;
    const PagePt c{(m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2};
    const double ux = std::cos(angle_deg * M_PI / 180.0), uy = std::sin(angle_deg * M_PI / 180.0);
    const PagePt at{c.x + ux * reach_pt, c.y + uy * reach_pt};
    const double x = ux > 0.38 ? at.x : ux < -0.38 ? at.x - block.width : at.x - block.width / 2;
    const double y = uy > 0.38 ? at.y : uy < -0.38 ? at.y - block.height : at.y - block.height / 2;
    Candidate candidate = block_at(request, block, {x, y}, ux < -0.38);
    const PageBox text{x, y, x + block.width, y + block.height};
    const PagePt to = nearest_on(text, c);
    add_leader(candidate, nearest_on(m, to), to);
    return candidate;
}

}  // namespace

std::vector<Candidate> callout_candidates(const LabelRequest& request,
                                          const Typesetter& typesetter) {
    const Block block = set_block(request, typesetter);
    if (block.width <= 0.0)
        return {};
    std::vector<Candidate> out;
    add_beside(out, request, block);
    static constexpr std::array<double, 16> kAngles{0,    180, -22.5, 22.5, -157.5, 157.5, -45, 45,
                                                    -135, 135, -67.5, 67.5, -112.5, 112.5, -90, 90};
    static constexpr std::array<double, 4> kReachEms{2.0, 3.5, 5.5, 8.5};
    const PageBox& m = request.mark;
    const double half = std::hypot(m.width(), m.height()) / 2;
    for (const double reach : kReachEms)
        for (const double angle : kAngles)
            out.push_back(standing_off(request, block, angle, half + reach * request.font.size_pt));
    return out;
}

}  // namespace cm
