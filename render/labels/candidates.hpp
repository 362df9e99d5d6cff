#pragma once

// Candidate positions of one label, best first. The placement takes the first one
// that is inside the frame and free.

#include <optional>
#include <vector>

#include "render/labels/label.hpp"
#include "render/labels/layout.hpp"

namespace cm {

/// One way of placing a label: its runs and the boxes they occupy (halo included).
struct Candidate {
    std::vector<PlacedRun> runs;
    std::vector<PageBox> boxes;
    /// Set when the candidate is set tighter than the request's font (an area name that fits
    /// its land only so).
    std::optional<double> letter_spacing_pt;
    std::vector<PagePt> leader;  ///< a callout standing off: its line from the mark
};

/// Around the symbol at the anchor, clear of its radius: right, upper right, lower
/// right, left, upper left, lower left, above, below; then right and left nudged.
std::vector<Candidate> point_candidates(const LabelRequest& request, const SetText& set);

/// Centred on the anchor, then shifted up, down and sideways: on one line while it is
/// no wider than kAreaLineEms font sizes, else broken into two or three centred lines
/// first (long region names stay over their region); every other stack after these.
std::vector<Candidate> area_candidates(const LabelRequest& request, const Typesetter& typesetter);

/// Where a name bound to its land (LabelRequest::inside) goes when none of its
/// area_candidates() lies inside it: the same stacks and shifts at the land's deepest points
/// (pole of inaccessibility first), then at its anchor and those points with half the letter
/// spacing. Empty for other requests. Costs a search of the land's shape, so it is asked for
/// only when needed.
std::vector<Candidate> area_inner_candidates(const LabelRequest& request,
                                             const Typesetter& typesetter);

/// Along the path, above it, reading left to right, one run per grapheme cluster;
/// straight stretches near the middle first, stretches with sharp bends never.
std::vector<Candidate> line_candidates(const LabelRequest& request, const SetText& set);

/// A callout (request.lines not empty): its lines stacked beside request.mark (right, left,
/// above, below, then the corners), then standing off at growing distances in sixteen
/// directions, each with a leader line from the mark whose course is kept clear as well.
std::vector<Candidate> callout_candidates(const LabelRequest& request,
                                          const Typesetter& typesetter);

/// The candidates of @p request by its kind, its text set by @p typesetter.
std::vector<Candidate> candidates_for(const LabelRequest& request, const Typesetter& typesetter);

namespace detail {

/// The ways of setting @p text on 1, 2 and 3 lines broken at spaces, each as balanced
/// as the words allow and none with a line of fewer than four letters; fewer variants
/// when there are fewer words.
std::vector<std::vector<std::string>> line_breaks(const std::string& text);

/// A horizontal label whose baseline starts at @p origin.
Candidate straight_candidate(const LabelRequest& request, const SetText& set, PagePt origin);

/// The box of a straight run whose baseline starts at @p origin, halo included.
PageBox straight_box(const LabelRequest& request, const SetText& set, PagePt origin);

/// Height of capitals above the baseline, used to centre labels on symbols.
double cap_height_pt(const LabelFont& font);

/// Room kept around every glyph beyond its ink: the halo plus a small gap.
double padding_pt(const LabelFont& font);

}  // namespace detail
}  // namespace cm
