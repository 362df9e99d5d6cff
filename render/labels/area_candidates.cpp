// Area labels: region, polity and lake names centred on their anchor, on one line or
// stacked on two or three.

#include <algorithm>
#include <array>
#include <cstdint>

#include <glib.h>

#include "render/labels/area_fit.hpp"
#include "render/labels/candidates.hpp"

namespace cm {
namespace {

/// Widest line, in font sizes, that still reads as one region's name.
constexpr double kAreaLineEms = 12.0;
constexpr std::size_t kMaxLines = 3;
/// Fewest letters on a line of a stacked name.
constexpr std::size_t kShortestLine = 4;
/// Most words a name may have to be stacked; a longer one is set on one line only (a name
/// that long is an error in `check`, but the label code stays bounded for any text).
constexpr std::size_t kMaxStackedWords = 40;

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start)
            words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

std::size_t letters(const std::string& text) {
    return static_cast<std::size_t>(g_utf8_strlen(text.c_str(), static_cast<gssize>(text.size())));
}

/// Letters of the line holding words [first, last): their letters and the spaces between.
std::size_t line_letters(const std::vector<std::size_t>& prefix, std::size_t first,
                         std::size_t last) {
    return prefix[last] - prefix[first] + (last - first - 1);
}

std::string joined(const std::vector<std::string>& words, std::size_t first, std::size_t last) {
    std::string line;
    for (std::size_t w = first; w < last; ++w)
        line += (line.empty() ? "" : " ") + words[w];
    return line;
}

/// The words joined into @p lines lines so that the longest line is shortest. Each split
/// is weighed from prefix sums of letters, so two lines cost O(n) and three O(n^2) in the
/// n words; the caller caps n at kMaxStackedWords.
std::vector<std::string> balanced(const std::vector<std::string>& words, std::size_t lines) {
    const std::size_t n = words.size();
    std::vector<std::size_t> prefix{0};
    for (const std::string& word : words)
        prefix.push_back(prefix.back() + letters(word));
    std::size_t best_i = 0, best_j = 0, best_longest = SIZE_MAX;
    // Breaks after word i and word j (j = n for two lines).
    for (std::size_t i = 1; i < n; ++i) {
        for (std::size_t j = (lines == 3 ? i + 1 : n); j <= n; ++j) {
            if (lines == 3 && j == n)
                break;
            const std::size_t sizes[3] = {line_letters(prefix, 0, i), line_letters(prefix, i, j),
                                          j < n ? line_letters(prefix, j, n) : SIZE_MAX};
            const std::size_t longest =
                std::max(sizes[0], lines == 3 ? std::max(sizes[1], sizes[2]) : sizes[1]);
            const std::size_t shortest =
                std::min(sizes[0], lines == 3 ? std::min(sizes[1], sizes[2]) : sizes[1]);
            // A line of a lone "of" or "and" reads as a stray word, not as part of a name.
            if (shortest >= kShortestLine && longest < best_longest) {
                best_longest = longest;
                best_i = i;
                best_j = j;
            }
        }
    }
    if (best_longest == SIZE_MAX)
        return {};
    std::vector<std::string> set{joined(words, 0, best_i), joined(words, best_i, best_j)};
    if (lines == 3)
        set.push_back(joined(words, best_j, n));
    return set;
}

/// The runs of @p lines stacked and centred on @p centre.
Candidate stacked(const LabelRequest& request, const std::vector<SetText>& lines, PagePt centre) {
    const double leading = 1.2 * request.font.size_pt;
    const double cap = detail::cap_height_pt(request.font);
    const double block = static_cast<double>(lines.size() - 1) * leading;
    Candidate candidate;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const PagePt origin{centre.x - lines[i].advance_pt / 2.0,
                            centre.y - block / 2.0 + cap / 2.0 + static_cast<double>(i) * leading};
        Candidate line = detail::straight_candidate(request, lines[i], origin);
        candidate.runs.push_back(std::move(line.runs.front()));
        candidate.boxes.push_back(line.boxes.front());
    }
    return candidate;
}

double widest_of(const std::vector<SetText>& lines) {
    double widest = 0.0;
    for (const SetText& line : lines)
        widest = std::max(widest, line.advance_pt);
    return widest;
}

/// The candidates of one stack: centred, then shifted by lines and by quarters.
std::vector<Candidate> shifted(const LabelRequest& request, const std::vector<SetText>& lines) {
    const double line = 1.2 * request.font.size_pt;
    const double quarter = widest_of(lines) / 4.0;
    struct Shift {
        double x, y;
    };
    const std::array<Shift, 9> shifts{{{0, 0},
                                       {0, -line},
                                       {0, line},
                                       {-quarter, 0},
                                       {quarter, 0},
                                       {0, -2 * line},
                                       {0, 2 * line},
                                       {-quarter, -line},
                                       {quarter, line}}};
    std::vector<Candidate> candidates;
    for (const Shift& shift : shifts)
        candidates.push_back(
            stacked(request, lines, {request.anchor.x + shift.x, request.anchor.y + shift.y}));
    return candidates;
}

}  // namespace

namespace detail {

std::vector<std::vector<std::string>> line_breaks(const std::string& text) {
    const std::vector<std::string> words = words_of(text);
    if (words.empty())
        return {};
    std::vector<std::vector<std::string>> variants{{text}};
    if (words.size() > kMaxStackedWords)
        return variants;
    for (std::size_t lines = 2; lines <= std::min(kMaxLines, words.size()); ++lines) {
        std::vector<std::string> variant = balanced(words, lines);
        if (!variant.empty())
            variants.push_back(std::move(variant));
    }
    return variants;
}

}  // namespace detail

namespace {

/// The stacks of @p request's name, set in its font: narrow enough ones in their order (fewest
/// lines first), then the others, narrowest first.
std::vector<std::vector<SetText>> stacks_of(const LabelRequest& request,
                                            const Typesetter& typesetter) {
    std::vector<std::vector<SetText>> stacks;
    for (const std::vector<std::string>& variant : detail::line_breaks(request.text)) {
        std::vector<SetText> lines;
        for (const std::string& text : variant)
            lines.push_back(typesetter.set(request.font, text));
        stacks.push_back(std::move(lines));
    }
    const double limit = kAreaLineEms * request.font.size_pt;
    std::stable_sort(stacks.begin(), stacks.end(), [limit](const auto& a, const auto& b) {
        const double wa = widest_of(a);
        const double wb = widest_of(b);
        if ((wa <= limit) != (wb <= limit))
            return wa <= limit;
        return wa > limit && wa < wb;
    });
    return stacks;
}

/// Where a name bound to its land is tried besides its anchor: the deepest points inside.
constexpr std::size_t kInteriorPoints = 4;

/// The interior points of the lands asked for before on this thread, by their rings. Within
/// one map the candidate cache (candidate_cache.hpp) keeps them with the rest of a label's
/// candidates; this serves an animation's years, placed one after another on a thread, whose
/// lands mostly stay the same. The polylabel search costs a thousand depths each; comparing
/// the rings costs one pass over them.
const std::vector<PagePt>& remembered_interior_points(const Rings& rings) {
    struct Entry {
        Rings rings;
        std::vector<PagePt> points;
    };
    constexpr std::size_t kRemembered = 64;
    thread_local std::vector<Entry> remembered;
    for (const Entry& entry : remembered)
        if (entry.rings == rings)
            return entry.points;
    if (remembered.size() >= kRemembered)
        remembered.erase(remembered.begin());
    remembered.push_back({rings, detail::interior_points(rings, kInteriorPoints)});
    return remembered.back().points;
}

}  // namespace

std::vector<Candidate> area_candidates(const LabelRequest& request, const Typesetter& typesetter) {
    std::vector<Candidate> candidates;
    for (const std::vector<SetText>& lines : stacks_of(request, typesetter))
        for (Candidate& candidate : shifted(request, lines))
            candidates.push_back(std::move(candidate));
    return candidates;
}

std::vector<Candidate> area_inner_candidates(const LabelRequest& request,
                                             const Typesetter& typesetter) {
    if (request.kind != LabelKind::area || request.inside.empty())
        return {};
    std::vector<PagePt> anchors = remembered_interior_points(request.inside);
    std::vector<Candidate> candidates;
    LabelRequest at = request;
    for (const double spacing : {1.0, 0.5}) {
        if (spacing < 1.0 && !(request.font.letter_spacing_pt > 0.0))
            break;
        at.font.letter_spacing_pt = request.font.letter_spacing_pt * spacing;
        const std::vector<std::vector<SetText>> stacks = stacks_of(at, typesetter);
        for (const PagePt& anchor : anchors) {
            at.anchor = anchor;
            for (const std::vector<SetText>& lines : stacks)
                for (Candidate& candidate : shifted(at, lines)) {
                    if (spacing < 1.0)
                        candidate.letter_spacing_pt = at.font.letter_spacing_pt;
                    candidates.push_back(std::move(candidate));
                }
        }
        if (spacing == 1.0)
            anchors.insert(anchors.begin(), request.anchor);  // tighter, at the anchor as well
    }
    return candidates;
}

}  // namespace cm
