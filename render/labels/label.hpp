#pragma once

// What the renderer asks the label engine to place (LabelRequest) and what it gets back
// to draw (PlacedLabel). Everything is in page points; the caller scales the cairo
// context for the output's resolution.

#include <cstddef>
#include <string>
#include <vector>

#include "render/canvas/colour.hpp"
#include "render/project/coordinates.hpp"

namespace cm {

/// How a label relates to what it names: a point (settlement, battle site), a line
/// (river, drawn along its curve) or an area (region, polity, lake: centred, spaced).
enum class LabelKind { point, line, area };

/// The typography of one label. Sizes are in points.
struct LabelFont {
    std::string family = "Noto Sans";
    double size_pt = 9.0;
    bool italic = false;
    bool bold = false;
    double letter_spacing_pt = 0.0;  ///< extra space between letters (spaced capitals)
    bool capitals = false;           ///< set in capitals (Unicode-aware uppercasing)
    Colour colour{0.1, 0.1, 0.1, 1.0};
    Colour halo{1.0, 1.0, 1.0, 0.85};
    double halo_pt = 1.2;  ///< halo width on each side of the glyph outline; 0 = none
    friend bool operator==(const LabelFont&, const LabelFont&) = default;
};

/// One thing to label.
struct LabelRequest {
    std::string id;    ///< stable id (the place id), reported when the label is dropped
    std::string text;  ///< UTF-8, as it should read (before capitalisation)
    LabelKind kind = LabelKind::point;
    int priority = 0;  ///< lower = more important = placed first
    LabelFont font;
    PagePt anchor;              ///< point: the symbol's centre; area: the label's centre
    double clearance_pt = 0.0;  ///< point: radius of the symbol to keep clear;
                                ///< line: half the width of the line labelled
    std::vector<PagePt> path;   ///< line labels: the feature as a page polyline
    /// Area labels: the land named, as page rings (even-odd), that every box of the label must
    /// lie inside; empty: anywhere.
    std::vector<std::vector<PagePt>> inside{};
    /// A callout: its lines, set one under another beside @ref mark, or further off with a
    /// leader line to it. Empty for every other label.
    std::vector<std::string> lines{};
    PageBox mark{};  ///< callout: the symbols it names (kept clear)
    friend bool operator==(const LabelRequest&, const LabelRequest&) = default;
};

/// A piece of a placed label drawn with one transform: the whole text of a point label,
/// one line of an area label (long names are stacked on up to three lines), one
/// grapheme cluster of a label that follows a curve.
struct PlacedRun {
    std::string text;         ///< display text of the run (already capitalised)
    PagePt origin;            ///< left end of the run's baseline, on the page
    double angle_rad = 0.0;   ///< rotation of the baseline, clockwise on the page (y down)
    double advance_pt = 0.0;  ///< width of the run along its baseline
    /// A cluster of a curved label: the label's whole display text and where text starts in
    /// it (bytes). The run is drawn as the glyphs the whole label's shaping gave it, so that
    /// letters of joining scripts (Arabic) keep their joined forms; empty for runs drawn on
    /// their own.
    std::string whole;
    std::size_t offset = 0;
};

/// A label the engine placed: enough to draw it, and the page area it occupies.
struct PlacedLabel {
    std::string id;
    LabelKind kind = LabelKind::point;
    LabelFont font;               ///< letter spacing applies to point and area runs
    std::vector<PlacedRun> runs;  ///< drawn in order
    std::vector<PageBox> boxes;   ///< occupied area including the halo (one per run)
    std::vector<PagePt> leader;   ///< a callout standing off: its line from the mark, else empty
};

}  // namespace cm
